package vn.tdkt.council;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.nomination.domain.AchievementReport;
import vn.tdkt.nomination.domain.DecidingBody;
import vn.tdkt.nomination.domain.NominationStatus;
import vn.tdkt.nomination.domain.RoundKind;
import vn.tdkt.nomination.domain.RoundStatus;
import vn.tdkt.nomination.domain.UnitMeeting;
import vn.tdkt.nomination.service.AwardRoundService;
import vn.tdkt.nomination.service.AwardRoundService.RoundDetails;
import vn.tdkt.nomination.service.AwardRoundService.RoundForm;
import vn.tdkt.nomination.service.NominationService;
import vn.tdkt.nomination.service.NominationService.NominationDetails;
import vn.tdkt.nomination.service.NominationService.NominationForm;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.Unique;

/**
 * Rounds of the demo office taken to the council on the test clock's day, with Phòng Tổng hợp's
 * nominations accepted and the council's verdict recorded (the council's meetings live
 * elsewhere: the verdict goes straight through NominationService). Run as the secretary.
 */
public record CouncilRounds(AwardRoundService rounds, NominationService nominations, RunAs run, Long office,
        Long department) {

    private static final AchievementReport REPORT = new AchievementReport("Tham mưu tổng hợp",
            "Hoàn thành xuất sắc nhiệm vụ được giao", "Ứng dụng công nghệ thông tin", null);

    public RoundDetails open(Set<Long> awards) {
        return rounds.save(new RoundForm(null, 0, Unique.code("Đợt ban hành"), RoundKind.TONG_KET_NAM, 2026, 2026,
                null, DecidingBody.OWN_COUNCIL, null, office, Set.of(), awards, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 12)));
    }

    /** Proposed by the department's officer, blocking criteria waived, submitted and accepted. */
    public Long accepted(RoundDetails round, RecipientKind kind, Long personId, Long awardTypeId) {
        NominationDetails d = run.as("canbo.tonghop", () -> nominations.save(new NominationForm(null, 0, round.id(),
                department, kind, personId, kind == RecipientKind.COLLECTIVE ? department : null, awardTypeId,
                "Hoàn thành xuất sắc nhiệm vụ năm 2026", REPORT, new UnitMeeting(LocalDate.of(2026, 11, 15), 9, 10,
                        null), List.of())));
        for (var check : d.checklist().checks()) {
            if (check.blocks()) {
                d = nominations.waive(d.row().id(), d.row().version(), check.criterion(), "Hội đồng xem xét");
            }
        }
        NominationDetails waived = d;
        NominationDetails submitted = run.as("canbo.tonghop", () -> nominations.submit(waived.row().id(),
                waived.row().version()));
        return nominations.review(submitted.row().id(), submitted.row().version(), NominationStatus.ACCEPTED, null)
                .row().id();
    }

    /** Review closed, the list published from 06 to 16/11, taken to the council today (20/11/2026). */
    public RoundDetails atCouncil(RoundDetails round) {
        RoundDetails r = rounds.step(round.id(), rounds.get(round.id()).version(), RoundStatus.REVIEWING, null);
        r = rounds.save(new RoundForm(r.id(), r.version(), r.name(), r.kind(), r.yearFrom(), r.yearTo(), null,
                r.decidingBody(), null, r.officeUnitId(), Set.of(),
                r.awards().stream().map(AwardTypeRecord::id).collect(Collectors.toSet()), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 16)));
        r = rounds.step(r.id(), r.version(), RoundStatus.PUBLISHED, null);
        return rounds.step(r.id(), r.version(), RoundStatus.AT_COUNCIL, null);
    }
}
