package vn.tdkt.council;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.council.service.MeetingRecords.MeetingDetails;
import vn.tdkt.council.service.MeetingRecords.ScheduleForm;
import vn.tdkt.council.service.MeetingService;
import vn.tdkt.nomination.domain.AchievementReport;
import vn.tdkt.nomination.domain.DecidingBody;
import vn.tdkt.nomination.domain.NominationStatus;
import vn.tdkt.nomination.domain.RoundKind;
import vn.tdkt.nomination.domain.RoundStatus;
import vn.tdkt.nomination.domain.UnitMeeting;
import vn.tdkt.nomination.domain.eligibility.Check;
import vn.tdkt.nomination.service.AwardRoundService;
import vn.tdkt.nomination.service.AwardRoundService.RoundDetails;
import vn.tdkt.nomination.service.AwardRoundService.RoundForm;
import vn.tdkt.nomination.service.NominationService;
import vn.tdkt.nomination.service.NominationService.NominationDetails;
import vn.tdkt.nomination.service.NominationService.NominationForm;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.PersonService.StaffMember;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;
import vn.tdkt.support.Unique;

/**
 * A thematic round of Quảng Trị already at the council, with accepted candidates for one award
 * (the secretary waives what this year's thin records cannot show), and a meeting of the demo
 * council on it today. Each call takes people no other call (nor the demo) proposed.
 */
@Component
public class CouncilFixture {

    /** Staff of these departments are proposed by no other test nor by the other demo parts. */
    private static final List<String> POOL_UNITS = List.of("phong quan tri tai vu van phong tinh uy quang tri",
            "phong co yeu cong nghe thong tin van phong tinh uy quang tri",
            "phong tai chinh dang van phong tinh uy quang tri", "nha khach tinh uy quang tri");
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    AwardRoundService rounds;
    @Autowired
    NominationService nominations;
    @Autowired
    MeetingService meetings;
    @Autowired
    PersonService people;
    @Autowired
    TestData data;
    @Autowired
    RunAs run;
    @Autowired
    java.time.Clock clock;

    public record Setup(MeetingDetails meeting, List<Long> candidates) {
    }

    /** {@code count} candidates for {@code award} at a meeting held today. */
    public Setup meeting(String award, int count) {
        return run.as("thuongtruc", () -> {
            LocalDate today = LocalDate.now(clock);
            Long office = data.unit("van phong tinh uy quang tri");
            RoundDetails round = rounds.save(new RoundForm(null, 0, Unique.code("Đợt thử Hội đồng"),
                    RoundKind.CHUYEN_DE, today.getYear(), today.getYear(), null, DecidingBody.OWN_COUNCIL, null,
                    office, Set.of(), Set.of(data.award(award)), today.plusDays(3), today.plusDays(6), null, null));
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ids.add(propose(round, award));
            }
            round = rounds.step(round.id(), round.version(), RoundStatus.REVIEWING, null);
            round = rounds.save(new RoundForm(round.id(), round.version(), round.name(), round.kind(),
                    today.getYear(), today.getYear(), null, DecidingBody.OWN_COUNCIL, null, office, Set.of(),
                    Set.of(data.award(award)), today.minusDays(20), today.minusDays(15), today.minusDays(12),
                    today.minusDays(3)));
            round = rounds.step(round.id(), round.version(), RoundStatus.PUBLISHED, null);
            round = rounds.step(round.id(), round.version(), RoundStatus.AT_COUNCIL, null);
            MeetingDetails meeting = meetings.schedule(new ScheduleForm(round.id(), today, "Phòng họp số 1"));
            return new Setup(meeting, ids);
        });
    }

    private Long propose(RoundDetails round, String award) {
        while (true) {
            int n = NEXT.getAndIncrement();
            String unitQuery = POOL_UNITS.get(n % POOL_UNITS.size());
            Long unit = data.unit(unitQuery);
            List<StaffMember> staff = people.staffOf(unit);
            int index = n / POOL_UNITS.size();
            if (index >= staff.size()) {
                throw new IllegalStateException("The fixture ran out of people");
            }
            try {
                NominationDetails d = nominations.save(new NominationForm(null, 0, round.id(), unit,
                        RecipientKind.INDIVIDUAL, staff.get(index).personId(), null, data.award(award),
                        "Hoàn thành tốt nhiệm vụ", new AchievementReport("Tham mưu", "Hoàn thành tốt nhiệm vụ",
                                "Chủ động", null), new UnitMeeting(LocalDate.now(clock).minusDays(2), 9, 10, null),
                        List.of()));
                for (Check check : d.checklist().checks()) {
                    if (check.blocks() || check.needsConfirmation()) {
                        d = nominations.waive(d.row().id(), d.row().version(), check.criterion(), "Thử nghiệm");
                    }
                }
                d = nominations.submit(d.row().id(), d.row().version());
                d = nominations.review(d.row().id(), d.row().version(), NominationStatus.ACCEPTED, null);
                return d.row().id();
            } catch (vn.tdkt.base.service.BusinessException e) {
                // Already proposed elsewhere (e.g. by the demo): the next person.
            }
        }
    }
}
