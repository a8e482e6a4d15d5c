package vn.tdkt.council.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.service.Entities;
import vn.tdkt.catalog.domain.VoteRule;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.catalog.service.AwardTypeService.RuleRecord;
import vn.tdkt.council.domain.Attendance;
import vn.tdkt.council.domain.AttendanceRepository;
import vn.tdkt.council.domain.Ballot;
import vn.tdkt.council.domain.BallotRepository;
import vn.tdkt.council.domain.BallotStatus;
import vn.tdkt.council.domain.BallotTallyRepository;
import vn.tdkt.council.domain.BallotVoter;
import vn.tdkt.council.domain.BallotVoterRepository;
import vn.tdkt.council.domain.CouncilMeeting;
import vn.tdkt.council.domain.CouncilMeetingRepository;
import vn.tdkt.council.domain.MeetingStatus;
import vn.tdkt.council.domain.Recusal;
import vn.tdkt.council.domain.RecusalRepository;
import vn.tdkt.council.domain.TallyCounts;
import vn.tdkt.council.domain.VoteChoice;
import vn.tdkt.council.domain.WrittenOpinion;
import vn.tdkt.council.domain.WrittenOpinionRepository;
import vn.tdkt.council.service.BallotRecords.BallotResult;
import vn.tdkt.council.service.BallotRecords.CandidateResult;
import vn.tdkt.council.service.BallotRecords.Paper;
import vn.tdkt.council.service.BallotRecords.PaperLine;
import vn.tdkt.nomination.domain.NominationStatus;
import vn.tdkt.nomination.service.NominationService;
import vn.tdkt.nomination.service.NominationService.NominationRow;

/**
 * The secret e-ballot. The secretary opens a ballot on the candidates of one award type whose
 * rule in force on the meeting date asks for a vote; each member present casts one paper on
 * their own device (agree / disagree / abstain per candidate), or first stands aside from a
 * candidate. The paper is recorded as two unrelated facts: the member's participation
 * ({@code BallotVoter}) and one increment of an anonymous counter per candidate
 * ({@code BallotTally}, whose Javadoc explains why the two cannot be linked). The ballot locks
 * when every member present has voted or when the secretary closes it; the result is counted
 * against all members in force, with the absent members' written opinions, and the verdicts go
 * to the nominations.
 */
@Service
@Transactional(readOnly = true)
public class BallotService {

    static final String ENTITY = "Ballot";
    static final int MAX_ROUNDS = 2;

    private final BallotRepository ballots;
    private final BallotTallyRepository tallies;
    private final BallotVoterRepository voters;
    private final RecusalRepository recusals;
    private final CouncilMeetingRepository meetings;
    private final AttendanceRepository attendance;
    private final WrittenOpinionRepository opinions;
    private final CouncilService councils;
    private final NominationService nominations;
    private final AwardTypeService awardTypes;
    private final AuditService audit;

    public BallotService(BallotRepository ballots, BallotTallyRepository tallies, BallotVoterRepository voters,
            RecusalRepository recusals, CouncilMeetingRepository meetings, AttendanceRepository attendance,
            WrittenOpinionRepository opinions, CouncilService councils, NominationService nominations,
            AwardTypeService awardTypes, AuditService audit) {
        this.ballots = ballots;
        this.tallies = tallies;
        this.voters = voters;
        this.recusals = recusals;
        this.meetings = meetings;
        this.attendance = attendance;
        this.opinions = opinions;
        this.councils = councils;
        this.nominations = nominations;
        this.awardTypes = awardTypes;
        this.audit = audit;
    }

    /**
     * Opens the next voting round on an award type's candidates: the first on every accepted
     * candidate, the second (and last) on those the first did not pass.
     */
    @Access.Secretary
    @Transactional
    public BallotResult open(Long meetingId, Long awardTypeId) {
        CouncilMeeting meeting = Entities.found(meetings, meetingId);
        if (meeting.getStatus() != MeetingStatus.SCHEDULED) {
            throw new BusinessException("error.meeting.closed");
        }
        List<Attendance> roster = attendance.findByMeetingIdOrderByIdAsc(meetingId);
        if (!MeetingService.quorum(councils.council(meeting.getCouncilId()), roster)) {
            throw new BusinessException("error.meeting.noQuorum");
        }
        RuleRecord rule = awardTypes.ruleOn(Checks.required(awardTypeId, "awardType"), meeting.getMeetingDate());
        if (rule.voteRule() == VoteRule.NONE) {
            throw new BusinessException("error.ballot.noVoteNeeded");
        }
        List<Ballot> earlier = ballots.findByMeetingIdOrderByIdAsc(meetingId).stream()
                .filter(b -> b.getAwardTypeId().equals(awardTypeId)).toList();
        if (earlier.stream().anyMatch(b -> b.getStatus() == BallotStatus.OPEN)) {
            throw new BusinessException("error.ballot.alreadyOpen");
        }
        if (earlier.size() >= MAX_ROUNDS) {
            throw new BusinessException("error.ballot.maxRounds", MAX_ROUNDS);
        }
        Set<Long> onBallot = earlier.isEmpty() ? null : failed(earlier.getLast());
        List<NominationRow> candidates = nominations.candidates(meeting.getRoundId()).stream()
                .filter(n -> n.awardTypeId().equals(awardTypeId) && n.status() == NominationStatus.ACCEPTED)
                .filter(n -> onBallot == null || onBallot.contains(n.id()))
                .toList();
        if (candidates.isEmpty()) {
            throw new BusinessException("error.ballot.noCandidates");
        }
        Ballot ballot = ballots.saveAndFlush(new Ballot(meetingId, awardTypeId, earlier.size() + 1, rule.voteRule(),
                rule.voteSharePercent(), roster.size()));
        candidates.forEach(c -> tallies.create(ballot.getId(), c.id()));
        audit.record(ENTITY, ballot.getId(), "BALLOT_OPEN", awardTypes.get(awardTypeId).name() + ", lần "
                + ballot.getVotingRound() + ", " + candidates.size() + " người/tập thể");
        return result(ballot);
    }

    /** The secretary closes the ballot (members present who did not vote are counted as not agreeing). */
    @Access.Secretary
    @Transactional
    public BallotResult close(Long ballotId, long version) {
        Ballot ballot = Entities.forChange(ballots.findForUpdate(ballotId)
                .orElseThrow(() -> new BusinessException("error.notFound")), version);
        if (ballot.getStatus() != BallotStatus.OPEN) {
            throw new BusinessException("error.ballot.notOpen");
        }
        lock(ballot);
        return result(ballot);
    }

    /** The calling member stands aside from one candidate, before casting their paper. */
    @Access.Council
    @Transactional
    public Paper recuse(Long ballotId, Long nominationId, String reason) {
        String text = Checks.maxLength(Checks.required(VietnameseText.clean(reason), "recusalReason"), 500, "recusalReason");
        Ballot ballot = openForUpdate(ballotId);
        Long me = voter(ballot);
        if (voters.existsByBallotIdAndPersonId(ballotId, me)) {
            throw new BusinessException("error.ballot.castFinal");
        }
        if (!candidateIds(ballot).contains(nominationId)) {
            throw new BusinessException("error.ballot.notCandidate");
        }
        if (!recusals.existsByBallotIdAndPersonIdAndNominationId(ballotId, me, nominationId)) {
            recusals.saveAndFlush(new Recusal(ballotId, me, nominationId, text));
            audit.record(ENTITY, ballotId, "BALLOT_RECUSE", councils.personName(me) + " — "
                    + rows(Entities.found(meetings, ballot.getMeetingId())).get(nominationId).recipientName() + ": " + text);
        }
        return paper(ballot, me);
    }

    /**
     * Casts the calling member's paper: one choice for every candidate they have not stood
     * aside from. Recorded as "this member voted" plus anonymous increments; never editable.
     */
    @Access.Council
    @Transactional
    public Paper vote(Long ballotId, Map<Long, VoteChoice> choices) {
        Ballot ballot = openForUpdate(ballotId);
        Long me = voter(ballot);
        if (voters.existsByBallotIdAndPersonId(ballotId, me)) {
            throw new BusinessException("error.ballot.alreadyVoted");
        }
        Set<Long> recused = recusals.findByBallotId(ballotId).stream().filter(r -> r.getPersonId().equals(me))
                .map(Recusal::getNominationId).collect(Collectors.toSet());
        Map<Long, VoteChoice> paper = choices == null ? Map.of() : choices;
        if (paper.keySet().stream().anyMatch(recused::contains)) {
            throw new BusinessException("error.ballot.recused");
        }
        List<Long> due = candidateIds(ballot).stream().filter(id -> !recused.contains(id)).toList();
        if (!Set.copyOf(due).equals(paper.keySet()) || paper.values().stream().anyMatch(c -> c == null)) {
            throw new BusinessException("error.ballot.incomplete");
        }
        try {
            voters.saveAndFlush(new BallotVoter(ballotId, me));
        } catch (DataIntegrityViolationException e) {
            throw new BusinessException("error.ballot.alreadyVoted");
        }
        // Candidate order, not the order the paper was filled in: the statements themselves say nothing.
        for (Long candidate : due) {
            int changed = switch (paper.get(candidate)) {
                case AGREE -> tallies.agree(ballotId, candidate);
                case DISAGREE -> tallies.disagree(ballotId, candidate);
                case ABSTAIN -> tallies.abstain(ballotId, candidate);
            };
            if (changed != 1) {
                throw new IllegalStateException("No counter for a candidate of ballot " + ballotId);
            }
        }
        audit.record(ENTITY, ballotId, "BALLOT_CAST", councils.personName(me));
        long present = attendance.findByMeetingIdOrderByIdAsc(ballot.getMeetingId()).stream()
                .filter(Attendance::isPresent).count();
        if (voters.countByBallotId(ballotId) >= present) {
            lock(ballot);
        }
        return paper(ballot, me);
    }

    /** The open ballots the calling member may vote in now (present at a meeting in progress). */
    @Access.Council
    public List<Paper> myPapers() {
        Long me = CurrentUser.personId().orElse(null);
        if (me == null) {
            return List.of();
        }
        List<Paper> papers = new ArrayList<>();
        for (Ballot b : ballots.findByStatus(BallotStatus.OPEN)) {
            attendance.findByMeetingIdAndPersonId(b.getMeetingId(), me).filter(Attendance::isPresent)
                    .ifPresent(a -> papers.add(paper(b, me)));
        }
        return papers;
    }

    @Access.Council
    public Paper paper(Long ballotId) {
        Ballot ballot = Entities.found(ballots, ballotId);
        return paper(ballot, voter(ballot));
    }

    @Access.Council
    public BallotResult get(Long ballotId) {
        return result(Entities.found(ballots, ballotId));
    }

    /** Every ballot of a meeting, in the order they were opened. */
    @Access.Council
    public List<BallotResult> ofMeeting(Long meetingId) {
        return ballots.findByMeetingIdOrderByIdAsc(meetingId).stream().map(this::result).toList();
    }

    // --- internals

    /** Locks the counters: computes the result, records the verdicts, and audits only the outcome. */
    private void lock(Ballot ballot) {
        ballot.lock();
        ballots.saveAndFlush(ballot);
        BallotResult result = result(ballot);
        List<Long> passed = result.candidates().stream().filter(c -> Boolean.TRUE.equals(c.passed()))
                .map(CandidateResult::nominationId).toList();
        List<Long> failed = result.candidates().stream().filter(c -> !Boolean.TRUE.equals(c.passed()))
                .map(CandidateResult::nominationId).toList();
        String note = "Phiếu bầu lần " + ballot.getVotingRound() + ", phiên họp ngày "
                + vn.tdkt.base.service.Formats.date(meetings.findById(ballot.getMeetingId()).orElseThrow()
                        .getMeetingDate());
        if (!passed.isEmpty()) {
            nominations.recordCouncilVerdict(passed, true, note);
        }
        // After the last voting round a candidate who did not pass is finally not passed; after the
        // first, the secretary may still hold a second round or close the meeting (which concludes it).
        if (ballot.getVotingRound() >= MAX_ROUNDS && !failed.isEmpty()) {
            nominations.recordCouncilVerdict(failed, false, note);
        }
        audit.record(ENTITY, ballot.getId(), "BALLOT_LOCK", result.awardName() + ", lần " + ballot.getVotingRound()
                + ": " + result.votedCount() + "/" + result.presentCount() + " phiếu; thông qua " + passed.size()
                + ", không thông qua " + failed.size());
    }

    /** Those a locked ballot did not pass. */
    Set<Long> failed(Ballot ballot) {
        return result(ballot).candidates().stream().filter(c -> !Boolean.TRUE.equals(c.passed()))
                .map(CandidateResult::nominationId).collect(Collectors.toSet());
    }

    private Ballot openForUpdate(Long ballotId) {
        Ballot ballot = ballots.findForUpdate(Checks.required(ballotId, "ballot"))
                .orElseThrow(() -> new BusinessException("error.notFound"));
        if (ballot.getStatus() != BallotStatus.OPEN) {
            throw new BusinessException("error.ballot.notOpen");
        }
        return ballot;
    }

    /** The calling user's person, who must be a member present at the ballot's meeting. */
    private Long voter(Ballot ballot) {
        Long me = CurrentUser.personId().orElseThrow(() -> new BusinessException("error.ballot.notMember"));
        Attendance seat = attendance.findByMeetingIdAndPersonId(ballot.getMeetingId(), me)
                .orElseThrow(() -> new BusinessException("error.ballot.notMember"));
        if (!seat.isPresent()) {
            throw new BusinessException("error.ballot.absent");
        }
        return me;
    }

    private List<Long> candidateIds(Ballot ballot) {
        return tallies.counts(ballot.getId()).stream().map(TallyCounts::nominationId).sorted().toList();
    }

    private Paper paper(Ballot ballot, Long me) {
        CouncilMeeting meeting = Entities.found(meetings, ballot.getMeetingId());
        Map<Long, String> mine = recusals.findByBallotId(ballot.getId()).stream()
                .filter(r -> r.getPersonId().equals(me))
                .collect(Collectors.toMap(Recusal::getNominationId, Recusal::getReason));
        Map<Long, NominationRow> rows = rows(meeting);
        List<PaperLine> lines = candidateIds(ballot).stream().map(rows::get).filter(r -> r != null)
                .map(r -> new PaperLine(r.id(), r.recipientName(), r.unitName(), mine.get(r.id()))).toList();
        int present = (int) attendance.findByMeetingIdOrderByIdAsc(meeting.getId()).stream()
                .filter(Attendance::isPresent).count();
        return new Paper(ballot.getId(), MeetingService.title(meeting), awardTypes.get(ballot.getAwardTypeId()).name(),
                ballot.getVotingRound(), ballot.getVoteRule(), ballot.getSharePercent(),
                voters.existsByBallotIdAndPersonId(ballot.getId(), me),
                (int) voters.countByBallotId(ballot.getId()), present, lines);
    }

    private Map<Long, NominationRow> rows(CouncilMeeting meeting) {
        Map<Long, NominationRow> rows = new HashMap<>();
        nominations.candidates(meeting.getRoundId()).forEach(r -> rows.put(r.id(), r));
        return rows;
    }

    BallotResult result(Ballot ballot) {
        CouncilMeeting meeting = Entities.found(meetings, ballot.getMeetingId());
        List<Attendance> roster = attendance.findByMeetingIdOrderByIdAsc(meeting.getId());
        Set<Long> absent = roster.stream().filter(a -> !a.isPresent()).map(Attendance::getPersonId)
                .collect(Collectors.toSet());
        List<WrittenOpinion> written = opinions.findByMeetingId(meeting.getId()).stream()
                .filter(o -> absent.contains(o.getPersonId())).toList();
        List<Recusal> stoodAside = recusals.findByBallotId(ballot.getId());
        Map<Long, NominationRow> rows = rows(meeting);
        boolean locked = ballot.getStatus() == BallotStatus.LOCKED;
        List<CandidateResult> lines = new ArrayList<>();
        for (TallyCounts t : tallies.counts(ballot.getId())) {
            NominationRow row = rows.get(t.nominationId());
            List<String> recusedBy = stoodAside.stream().filter(r -> r.getNominationId().equals(t.nominationId()))
                    .map(r -> councils.personName(r.getPersonId()) + " (" + r.getReason() + ")").toList();
            int opinionsAgree = (int) written.stream()
                    .filter(o -> o.getNominationId().equals(t.nominationId()) && o.isAgree()).count();
            int opinionsDisagree = (int) written.stream()
                    .filter(o -> o.getNominationId().equals(t.nominationId()) && !o.isAgree()).count();
            // All members in force count, present or not; a member who stood aside is out of this candidate's count.
            int base = ballot.getMemberCount() - recusedBy.size();
            int agreeing = t.agree() + opinionsAgree;
            lines.add(new CandidateResult(t.nominationId(), row == null ? "" : row.recipientName(),
                    row == null ? "" : row.unitName(), locked ? t.agree() : null, locked ? t.disagree() : null,
                    locked ? t.abstain() : null, opinionsAgree, opinionsDisagree, recusedBy, base,
                    locked && base > 0 ? 100.0 * agreeing / base : null,
                    locked ? passes(ballot.getVoteRule(), ballot.getSharePercent(), agreeing, base) : null));
        }
        lines.sort(java.util.Comparator.comparing(CandidateResult::recipientName, VietnameseText.PERSON_NAME_ORDER));
        int present = (int) roster.stream().filter(Attendance::isPresent).count();
        return new BallotResult(ballot.getId(), ballot.getVersion(), meeting.getId(), ballot.getAwardTypeId(),
                awardTypes.get(ballot.getAwardTypeId()).name(), ballot.getVotingRound(), ballot.getStatus(),
                ballot.getVoteRule(), ballot.getSharePercent(), ballot.getMemberCount(), present,
                (int) voters.countByBallotId(ballot.getId()), lines);
    }

    /**
     * Whether {@code agreeing} of {@code base} members meets the rule, in whole numbers so that a
     * boundary is exact: a majority is more than half; a share of p % is agreeing × 100 ≥ p × base.
     */
    static boolean passes(VoteRule rule, Integer sharePercent, int agreeing, int base) {
        if (base <= 0) {
            return false;
        }
        return switch (rule) {
            case NONE -> true;
            case MAJORITY -> agreeing * 2 > base;
            case SHARE -> agreeing * 100L >= (long) (sharePercent == null ? 100 : sharePercent) * base;
        };
    }
}
