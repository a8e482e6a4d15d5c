package vn.tdkt.council;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertDenied;
import static vn.tdkt.support.Refusals.assertRefused;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.service.AuditService.AuditRecord;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.council.CouncilFixture.Setup;
import vn.tdkt.council.domain.BallotStatus;
import vn.tdkt.council.domain.VoteChoice;
import vn.tdkt.council.service.BallotRecords.BallotResult;
import vn.tdkt.council.service.BallotRecords.CandidateResult;
import vn.tdkt.council.service.BallotService;
import vn.tdkt.council.service.MeetingService;
import vn.tdkt.nomination.domain.NominationStatus;
import vn.tdkt.nomination.service.NominationService;
import vn.tdkt.security.service.UserService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;

/**
 * The secret e-ballot of the demo council of Quảng Trị (9 members: chutich, uyvien1 the deputy,
 * thuongtruc, uyvien2..7): anonymity of the stored papers, thresholds counted against all
 * members, and every refusal a member can meet.
 */
@IntegrationTest
@Import(CouncilFixture.class)
class BallotServiceTest {

    static final List<String> MEMBERS = List.of("chutich", "uyvien1", "thuongtruc", "uyvien2", "uyvien3", "uyvien4",
            "uyvien5", "uyvien6", "uyvien7");

    @Autowired
    CouncilFixture fixture;
    @Autowired
    BallotService ballots;
    @Autowired
    MeetingService meetings;
    @Autowired
    NominationService nominations;
    @Autowired
    UserService users;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    RunAs run;

    private BallotResult open(Setup s, String award) {
        return run.as("thuongtruc", () -> ballots.open(s.meeting().id(), data.award(award)));
    }

    private void vote(String member, Long ballot, Map<Long, VoteChoice> paper) {
        run.as(member, () -> ballots.vote(ballot, paper));
    }

    private static Map<Long, VoteChoice> paper(List<Long> candidates, VoteChoice... choices) {
        Map<Long, VoteChoice> paper = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            paper.put(candidates.get(i), choices[i]);
        }
        return paper;
    }

    private Long personOf(String username) {
        return run.as("quantri", () -> users.page(username, 0, 5).stream()
                .filter(u -> u.username().equals(username)).findFirst().orElseThrow().personId());
    }

    /** Every row of a table for a ballot, each column name=value, in storage order. */
    private List<String> rows(String sql, Object... args) {
        return jdbc.query(sql, (rs, i) -> {
            ResultSetMetaData meta = rs.getMetaData();
            StringBuilder row = new StringBuilder();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                row.append(meta.getColumnLabel(c).toLowerCase()).append('=').append(rs.getString(c)).append(';');
            }
            return row.toString();
        }, args);
    }

    @Test
    void the_anonymous_tally_has_no_column_that_could_name_a_member_or_a_moment() {
        List<String> columns = jdbc.query("SELECT * FROM cn_ballot_tally WHERE 1 = 0", rs -> {
            List<String> names = new ArrayList<>();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                names.add(rs.getMetaData().getColumnLabel(c).toLowerCase());
            }
            return names;
        });
        assertThat(columns).containsExactlyInAnyOrder("ballot_id", "nomination_id", "agree_count", "disagree_count",
                "abstain_count");
    }

    @Test
    void the_stored_state_is_the_same_whichever_member_chose_which_answer() {
        // Two identical ballots; in the first chutich agrees and uyvien1 disagrees, in the second the reverse.
        Setup first = fixture.meeting("LDTT", 1);
        Setup second = fixture.meeting("LDTT", 1);
        BallotResult a = open(first, "LDTT");
        BallotResult b = open(second, "LDTT");
        vote("chutich", a.id(), paper(first.candidates(), VoteChoice.AGREE));
        vote("uyvien1", a.id(), paper(first.candidates(), VoteChoice.DISAGREE));
        vote("chutich", b.id(), paper(second.candidates(), VoteChoice.DISAGREE));
        vote("uyvien1", b.id(), paper(second.candidates(), VoteChoice.AGREE));

        String tally = "SELECT agree_count, disagree_count, abstain_count FROM cn_ballot_tally WHERE ballot_id = ?";
        assertThat(rows(tally, a.id())).isEqualTo(rows(tally, b.id())).containsExactly(
                "agree_count=1;disagree_count=1;abstain_count=0;");
        String voters = "SELECT person_id, created_by, modified_by FROM cn_ballot_voter WHERE ballot_id = ? ORDER BY id";
        assertThat(rows(voters, a.id())).isEqualTo(rows(voters, b.id())).hasSize(2);
        assertThat(rows(voters, a.id()).toString()).doesNotContainIgnoringCase("agree").doesNotContain("nomination");
        // The ballot row is the secretary's: a paper never touches it.
        assertThat(rows("SELECT created_by, modified_by, version FROM cn_ballot WHERE id = ?", a.id()))
                .containsExactly("created_by=thuongtruc;modified_by=thuongtruc;version=0;");
        List<String> trail = run.as("thuongtruc", () -> audit.trail("Ballot", a.id())).stream()
                .map(e -> e.username() + " " + e.action() + " " + e.summary()).toList();
        List<String> trailB = run.as("thuongtruc", () -> audit.trail("Ballot", b.id())).stream()
                .map(e -> e.username() + " " + e.action() + " " + e.summary()).toList();
        assertThat(trail).isEqualTo(trailB).hasSize(3);
        assertThat(String.join("\n", trail)).doesNotContainIgnoringCase("đồng ý").doesNotContainIgnoringCase("agree")
                .doesNotContain("AGREE").contains("BALLOT_OPEN").contains("BALLOT_CAST");
        // No other table holds a choice: the recusals are empty and no audit row of the day names one.
        assertThat(rows("SELECT * FROM cn_recusal WHERE ballot_id = ?", a.id())).isEmpty();
        assertThat(rows("SELECT * FROM audit_event WHERE entity_type = 'Ballot' AND entity_id IN (?, ?)", a.id(),
                b.id()).toString()).doesNotContain("AGREE").doesNotContainIgnoringCase("không đồng ý");
    }

    @Test
    void while_open_nobody_sees_a_count_of_choices_only_how_many_voted() {
        Setup s = fixture.meeting("LDTT", 1);
        BallotResult b = open(s, "LDTT");
        vote("chutich", b.id(), paper(s.candidates(), VoteChoice.AGREE));
        BallotResult seen = run.as("thuongtruc", () -> ballots.get(b.id()));
        assertThat(seen.votedCount()).isEqualTo(1);
        assertThat(seen.candidates()).allSatisfy(c -> {
            assertThat(c.agree()).isNull();
            assertThat(c.disagree()).isNull();
            assertThat(c.passed()).isNull();
        });
    }

    @Test
    void seven_of_nine_fail_a_rule_of_eighty_percent_even_when_every_member_present_agreed_and_eight_pass() {
        Setup s = fixture.meeting("CSTDCS", 2);
        Long meeting = s.meeting().id();
        run.as("thuongtruc", () -> {
            meetings.setPresent(meeting, personOf("uyvien6"), false);
            meetings.setPresent(meeting, personOf("uyvien7"), false);
            // The absent uyvien6 agrees in writing with the second candidate only.
            meetings.recordOpinion(meeting, personOf("uyvien6"), s.candidates().get(1), true);
            meetings.recordOpinion(meeting, personOf("uyvien6"), s.candidates().get(0), false);
        });
        BallotResult b = open(s, "CSTDCS");
        assertThat(b.memberCount()).isEqualTo(9);
        assertThat(b.sharePercent()).isEqualTo(80);
        MEMBERS.subList(0, 7).forEach(m -> vote(m, b.id(), paper(s.candidates(), VoteChoice.AGREE, VoteChoice.AGREE)));

        // The last member present voted: the ballot closed and locked by itself.
        BallotResult locked = run.as("thuongtruc", () -> ballots.get(b.id()));
        assertThat(locked.status()).isEqualTo(BallotStatus.LOCKED);
        Map<Long, CandidateResult> byId = locked.candidates().stream()
                .collect(Collectors.toMap(CandidateResult::nominationId, c -> c));
        CandidateResult seven = byId.get(s.candidates().get(0));
        CandidateResult eight = byId.get(s.candidates().get(1));
        assertThat(seven.agree()).isEqualTo(7);
        assertThat(seven.base()).isEqualTo(9);
        assertThat(seven.agreePercent()).isCloseTo(77.78, org.assertj.core.data.Offset.offset(0.01));
        assertThat(seven.passed()).isFalse();
        assertThat(eight.agree() + eight.opinionsAgree()).isEqualTo(8);
        assertThat(eight.passed()).isTrue();
        run.as("thuongtruc", () -> {
            assertThat(nominations.get(s.candidates().get(1)).row().status()).isEqualTo(NominationStatus.PASSED);
            // After a first round the one who failed may still get a second; closing the meeting settles it.
            assertThat(nominations.get(s.candidates().get(0)).row().status()).isEqualTo(NominationStatus.ACCEPTED);
            meetings.close(meeting, meetings.get(meeting).version(), "Thống nhất đề nghị công nhận 1 trường hợp.");
            assertThat(nominations.get(s.candidates().get(0)).row().status())
                    .isEqualTo(NominationStatus.NOT_PASSED);
        });
    }

    @Test
    void a_locked_result_cannot_change_nor_take_a_late_paper() {
        Setup s = fixture.meeting("LDTT", 1);
        BallotResult b = open(s, "LDTT");
        vote("chutich", b.id(), paper(s.candidates(), VoteChoice.AGREE));
        BallotResult closed = run.as("thuongtruc", () -> ballots.close(b.id(), ballots.get(b.id()).version()));
        // 1 of 9 agreed: a majority of all members is 5.
        assertThat(closed.candidates().getFirst().passed()).isFalse();
        assertRefused("error.ballot.notOpen", () -> vote("uyvien1", b.id(), paper(s.candidates(), VoteChoice.AGREE)));
        assertRefused("error.ballot.notOpen", () -> run.as("thuongtruc",
                () -> ballots.close(b.id(), ballots.get(b.id()).version())));
        List<AuditRecord> trail = run.as("thuongtruc", () -> audit.trail("Ballot", b.id()));
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("BALLOT_LOCK");
            assertThat(e.username()).isEqualTo("thuongtruc");
        });
    }

    @Test
    void a_member_votes_once_and_a_cast_paper_is_never_edited() {
        Setup s = fixture.meeting("LDTT", 2);
        BallotResult b = open(s, "LDTT");
        vote("uyvien2", b.id(), paper(s.candidates(), VoteChoice.AGREE, VoteChoice.ABSTAIN));
        assertRefused("error.ballot.alreadyVoted", () -> vote("uyvien2", b.id(),
                paper(s.candidates(), VoteChoice.DISAGREE, VoteChoice.DISAGREE)));
        assertRefused("error.ballot.castFinal", () -> run.as("uyvien2",
                () -> ballots.recuse(b.id(), s.candidates().get(0), "Cùng đơn vị")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cn_ballot_voter WHERE ballot_id = ?", Integer.class,
                b.id())).isEqualTo(1);
    }

    @Test
    void two_papers_sent_at_the_same_moment_by_one_member_count_once() throws Exception {
        Setup s = fixture.meeting("LDTT", 1);
        BallotResult b = open(s, "LDTT");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Boolean> send = () -> {
                try {
                    vote("uyvien3", b.id(), paper(s.candidates(), VoteChoice.AGREE));
                    return true;
                } catch (BusinessException e) {
                    assertThat(e.getMessageKey()).isEqualTo("error.ballot.alreadyVoted");
                    return false;
                }
            };
            List<Future<Boolean>> results = pool.invokeAll(List.of(send, send));
            long accepted = 0;
            for (Future<Boolean> f : results) {
                accepted += f.get() ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(rows("SELECT agree_count FROM cn_ballot_tally WHERE ballot_id = ?", b.id()))
                .containsExactly("agree_count=1;");
    }

    @Test
    void a_member_who_stood_aside_is_out_of_that_candidates_count_and_cannot_vote_on_it() {
        Setup s = fixture.meeting("LDTT", 2);
        BallotResult b = open(s, "LDTT");
        Long own = s.candidates().get(0);
        run.as("uyvien4", () -> ballots.recuse(b.id(), own, "Cùng đơn vị công tác"));
        assertRefused("error.ballot.recused", () -> vote("uyvien4", b.id(),
                paper(s.candidates(), VoteChoice.AGREE, VoteChoice.AGREE)));
        assertRefused("error.ballot.incomplete", () -> vote("uyvien4", b.id(), Map.of()));
        vote("uyvien4", b.id(), Map.of(s.candidates().get(1), VoteChoice.AGREE));
        BallotResult closed = run.as("thuongtruc", () -> ballots.close(b.id(), ballots.get(b.id()).version()));
        CandidateResult recused = closed.candidates().stream().filter(c -> c.nominationId().equals(own))
                .findFirst().orElseThrow();
        assertThat(recused.base()).isEqualTo(8);
        assertThat(recused.recusedBy()).singleElement().asString().contains("Cùng đơn vị công tác");
    }

    @Test
    void only_members_present_at_the_meeting_vote() {
        Setup s = fixture.meeting("LDTT", 1);
        run.as("thuongtruc", () -> meetings.setPresent(s.meeting().id(), personOf("uyvien5"), false));
        BallotResult b = open(s, "LDTT");
        assertRefused("error.ballot.absent", () -> vote("uyvien5", b.id(), paper(s.candidates(), VoteChoice.AGREE)));
        // The administrator is no member of the council; an officer may not even ask.
        assertRefused("error.ballot.notMember", () -> vote("quantri", b.id(),
                paper(s.candidates(), VoteChoice.AGREE)));
        assertDenied(() -> vote("canbo.tonghop", b.id(), paper(s.candidates(), VoteChoice.AGREE)));
        // Presence does not change while papers are being cast.
        assertRefused("error.meeting.ballotOpen", () -> run.as("thuongtruc",
                () -> meetings.setPresent(s.meeting().id(), personOf("uyvien5"), true)));
    }

    @Test
    void no_ballot_without_a_quorum_nor_for_an_award_the_council_concludes_directly() {
        Setup s = fixture.meeting("LDTT", 1);
        run.as("thuongtruc", () -> List.of("uyvien4", "uyvien5", "uyvien6", "uyvien7")
                .forEach(m -> meetings.setPresent(s.meeting().id(), personOf(m), false)));
        // 5 of 9 present is less than two thirds (6).
        assertRefused("error.meeting.noQuorum", () -> open(s, "LDTT"));
        Setup praise = fixture.meeting("GIAY_KHEN", 1);
        assertRefused("error.ballot.noVoteNeeded", () -> open(praise, "GIAY_KHEN"));
        run.as("thuongtruc", () -> meetings.conclude(praise.meeting().id(), praise.candidates(), true,
                "Thống nhất"));
        run.as("thuongtruc", () -> assertThat(nominations.get(praise.candidates().getFirst()).row().status())
                .isEqualTo(NominationStatus.PASSED));
        assertRefused("error.meeting.needsBallot", () -> run.as("thuongtruc",
                () -> meetings.conclude(s.meeting().id(), s.candidates(), true, null)));
    }

    @Test
    void at_most_two_voting_rounds_and_the_second_settles_who_did_not_pass() {
        Setup s = fixture.meeting("LDTT", 1);
        for (int round = 1; round <= 2; round++) {
            BallotResult b = open(s, "LDTT");
            assertThat(b.votingRound()).isEqualTo(round);
            IntStream.range(0, 9).forEach(i -> vote(MEMBERS.get(i), b.id(),
                    paper(s.candidates(), i < 4 ? VoteChoice.AGREE : VoteChoice.DISAGREE)));
        }
        run.as("thuongtruc", () -> assertThat(nominations.get(s.candidates().getFirst()).row().status())
                .isEqualTo(NominationStatus.NOT_PASSED));
        assertRefused("error.ballot.maxRounds", () -> open(s, "LDTT"));
    }
}
