package vn.tdkt.council;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertDenied;
import static vn.tdkt.support.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import vn.tdkt.council.CouncilFixture.Setup;
import vn.tdkt.council.domain.CouncilRole;
import vn.tdkt.council.domain.VoteChoice;
import vn.tdkt.council.service.BallotRecords.BallotResult;
import vn.tdkt.council.service.BallotService;
import vn.tdkt.council.service.CouncilService;
import vn.tdkt.council.service.CouncilService.CouncilRecord;
import vn.tdkt.council.service.CouncilService.MemberForm;
import vn.tdkt.council.service.CouncilService.MemberRecord;
import vn.tdkt.council.service.IssuingService;
import vn.tdkt.council.service.MeetingRecords.ScheduleForm;
import vn.tdkt.council.service.MeetingService;
import vn.tdkt.council.service.MinutesDocuments;
import vn.tdkt.council.service.MinutesService;
import vn.tdkt.council.service.MinutesService.MinutesRecord;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.reporting.service.DocumentRecords.GeneratedFile;
import vn.tdkt.support.DocumentText;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;

/** The council's composition over time and the minutes' content. */
@IntegrationTest
@Import(CouncilFixture.class)
class CouncilServiceTest {

    @Autowired
    CouncilService councils;
    @Autowired
    MeetingService meetings;
    @Autowired
    BallotService ballots;
    @Autowired
    MinutesService minutes;
    @Autowired
    MinutesDocuments minutesDocuments;
    @Autowired
    IssuingService issuing;
    @Autowired
    PersonService people;
    @Autowired
    CouncilFixture fixture;
    @Autowired
    TestData data;
    @Autowired
    RunAs run;

    private CouncilRecord quangTri() {
        return councils.councils().stream().filter(c -> c.officeUnitId().equals(data.unit("van phong tinh uy quang tri")))
                .findFirst().orElseThrow();
    }

    @Test
    void the_demo_council_has_nine_members_in_office_with_one_chair() {
        List<MemberRecord> roster = run.as("chutich", () -> councils.rosterOn(quangTri().id(),
                LocalDate.of(2026, 11, 20)));
        assertThat(roster).hasSize(9);
        assertThat(roster.getFirst().role()).isEqualTo(CouncilRole.CHAIR);
        assertThat(roster.stream().filter(m -> m.role() == CouncilRole.STANDING_SECRETARY).map(MemberRecord::fullName))
                .containsExactly("Trần Thị Thu Hà");
    }

    @Test
    void a_second_chair_at_the_same_time_a_member_twice_and_a_seat_before_its_decision_are_refused() {
        run.as("thuongtruc", () -> {
            CouncilRecord c = quangTri();
            Long stranger = people.staffOf(data.unit("phong tai chinh dang van phong tinh uy quang tri")).getLast()
                    .personId();
            Long chair = councils.rosterOn(c.id(), LocalDate.of(2026, 11, 20)).getFirst().personId();
            LocalDate d = LocalDate.of(2026, 6, 1);
            assertRefused("error.council.oneChair", "councilRole", () -> councils.saveMember(c.id(),
                    new MemberForm(null, 0, stranger, CouncilRole.CHAIR, "9-QĐ/VPTU", d, d, null)));
            assertRefused("error.council.alreadyMember", "councilPerson", () -> councils.saveMember(c.id(),
                    new MemberForm(null, 0, chair, CouncilRole.MEMBER, "9-QĐ/VPTU", d, d, null)));
            assertRefused("error.council.beforeDecision", "councilFrom", () -> councils.saveMember(c.id(),
                    new MemberForm(null, 0, stranger, CouncilRole.MEMBER, "9-QĐ/VPTU", d, d.minusDays(1), null)));
        });
        assertDenied(() -> run.as("uyvien1", () -> councils.save(new CouncilRecord(quangTri().id(),
                quangTri().version(), null, null, "Đổi tên", 1, 2))));
    }

    @Test
    void a_seat_that_ended_before_the_meeting_date_is_not_on_its_roster() {
        run.as("thuongtruc", () -> {
            CouncilRecord c = quangTri();
            Long former = people.staffOf(data.unit("phong tai chinh dang van phong tinh uy quang tri")).get(1)
                    .personId();
            MemberRecord seat = councils.saveMember(c.id(), new MemberForm(null, 0, former, CouncilRole.MEMBER,
                    "3-QĐ/VPTU", LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 2), LocalDate.of(2025, 12, 31)));
            assertThat(seat.inForce()).isFalse();
            assertThat(councils.rosterOn(c.id(), LocalDate.of(2025, 6, 1))).extracting(MemberRecord::personId)
                    .contains(former);
            assertThat(councils.rosterOn(c.id(), LocalDate.of(2026, 11, 20))).extracting(MemberRecord::personId)
                    .doesNotContain(former).hasSize(9);
            councils.removeMember(seat.id(), seat.version());
        });
    }

    @Test
    void the_minutes_hold_the_attendance_the_written_opinions_each_tally_and_the_conclusion() {
        Setup s = fixture.meeting("LDTT", 1);
        Long meeting = s.meeting().id();
        Long absent = s.meeting().attendance().getLast().personId();
        run.as("thuongtruc", () -> {
            meetings.setPresent(meeting, absent, false);
            meetings.recordOpinion(meeting, absent, s.candidates().getFirst(), true);
        });
        BallotResult b = run.as("thuongtruc", () -> ballots.open(meeting, data.award("LDTT")));
        for (String m : List.of("chutich", "uyvien1", "thuongtruc", "uyvien2", "uyvien3", "uyvien4", "uyvien5",
                "uyvien6", "uyvien7")) {
            if (run.as(m, () -> ballots.myPapers()).stream().anyMatch(p -> p.ballotId().equals(b.id()))) {
                run.as(m, () -> ballots.vote(b.id(), Map.of(s.candidates().getFirst(), VoteChoice.AGREE)));
            }
        }
        run.as("thuongtruc", () -> meetings.close(meeting, meetings.get(meeting).version(),
                "Hội đồng thống nhất đề nghị công nhận danh hiệu."));
        MinutesRecord m = run.as("chutich", () -> minutes.minutes(meeting));
        assertThat(m.finalText()).isTrue();
        assertThat(m.chair()).isEqualTo("Nguyễn Khánh Vũ");
        assertThat(m.secretary()).isEqualTo("Trần Thị Thu Hà");
        assertThat(m.presentCount()).isEqualTo(8);
        assertThat(m.absent()).hasSize(1);
        assertThat(m.opinions()).singleElement().satisfies(o -> assertThat(o.agree()).isTrue());
        assertThat(m.ballots()).singleElement().satisfies(r -> {
            assertThat(r.locked()).isTrue();
            assertThat(r.candidates().getFirst().agree()).isEqualTo(8);
            assertThat(r.candidates().getFirst().opinionsAgree()).isEqualTo(1);
            assertThat(r.candidates().getFirst().passed()).isTrue();
        });
        assertThat(m.conclusion()).isEqualTo("Hội đồng thống nhất đề nghị công nhận danh hiệu.");

        // The printed minutes, Word and PDF, say the same: 8 present and 1 written opinion make 9 of 9.
        String candidate = m.ballots().getFirst().candidates().getFirst().recipientName();
        String absentName = m.absent().getFirst().fullName();
        for (GeneratedFile file : run.as("chutich", () -> List.of(minutesDocuments.docx(meeting),
                minutesDocuments.pdf(meeting)))) {
            assertThat(DocumentText.of(file)).contains("BIÊN BẢN", "Có mặt 8/9 thành viên Hội đồng",
                    "Nguyễn Khánh Vũ", "Chủ tịch Hội đồng", absentName, candidate, "9/9", "100,0 %", "Đạt",
                    "Hội đồng thống nhất đề nghị công nhận danh hiệu.", "THƯ KÝ", "Trần Thị Thu Hà")
                    .doesNotContain("Dự thảo");
        }
        assertDenied(() -> run.as("canbo.tonghop", () -> minutesDocuments.pdf(meeting)));
    }

    @Test
    void a_decision_is_not_dated_before_the_councils_last_meeting_on_the_round() {
        Setup s = fixture.meeting("LDTT", 1);
        Long round = s.meeting().roundId();
        LocalDate tomorrow = s.meeting().date().plusDays(1);
        run.as("thuongtruc", () -> meetings.schedule(new ScheduleForm(round, tomorrow, "Phòng họp số 2")));

        assertThat(run.as("thuongtruc", () -> issuing.plan(round, s.meeting().date())).earliestDate())
                .isEqualTo(tomorrow);
    }
}
