package vn.tdkt.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.nomination.domain.AchievementReport;
import vn.tdkt.nomination.domain.NominationStatus;
import vn.tdkt.nomination.domain.UnitMeeting;
import vn.tdkt.nomination.service.AwardRoundService.OpenRound;
import vn.tdkt.nomination.service.AwardRoundService;
import vn.tdkt.nomination.service.NominationService.NominationDetails;
import vn.tdkt.nomination.service.NominationService.NominationForm;
import vn.tdkt.nomination.service.NominationService;
import vn.tdkt.organization.service.PersonService.StaffMember;
import vn.tdkt.organization.service.PersonService;

/**
 * Dossiers in this year's year-end round of Quảng Trị, in several states: Phòng Tổng hợp's head
 * proposed for CSTĐCS (submitted) and two colleagues for LĐTT (one submitted, one a draft);
 * Phòng Hành chính – Lưu trữ's returned for supplement and accepted ones; the reprimanded member
 * of Phòng Quản trị – Tài vụ as a draft the checklist blocks. Only while the round receives.
 */
@Component
class DemoNominations {

    private final AwardRoundService rounds;
    private final NominationService nominations;
    private final AwardTypeService awardTypes;
    private final PersonService people;
    private final Clock clock;

    DemoNominations(AwardRoundService rounds, NominationService nominations, AwardTypeService awardTypes,
            PersonService people, Clock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.awardTypes = awardTypes;
        this.people = people;
        this.clock = clock;
    }

    void create(Map<String, Long> unitIds) {
        LocalDate today = LocalDate.now(clock);
        List<OpenRound> open = rounds.openForUnit(unitIds.get("QT_TH"), today);
        if (open.isEmpty()) {
            return;
        }
        OpenRound round = open.getFirst();
        Long tongHop = unitIds.get("QT_TH");
        List<StaffMember> general = people.staffOf(tongHop);
        submit(propose(round, tongHop, general.get(0), "CSTDCS", "Hoàn thành xuất sắc nhiệm vụ; chủ trì sáng kiến "
                + "mẫu báo cáo tổng hợp tình hình hằng tuần", today));
        submit(propose(round, tongHop, general.get(1), "LDTT", "Hoàn thành tốt nhiệm vụ tham mưu tổng hợp", today));
        propose(round, tongHop, general.get(2), "LDTT", "Hoàn thành tốt nhiệm vụ", today);

        Long records = unitIds.get("QT_HCLT");
        List<StaffMember> archive = people.staffOf(records);
        NominationDetails returned = submit(propose(round, records, archive.get(0), "LDTT",
                "Hoàn thành tốt nhiệm vụ văn thư, lưu trữ", today));
        nominations.review(returned.row().id(), returned.row().version(), NominationStatus.RETURNED,
                "Bổ sung biên bản họp xét của phòng và số phiếu đồng ý");
        NominationDetails accepted = submit(propose(round, records, archive.get(1), "LDTT",
                "Hoàn thành tốt nhiệm vụ; số hóa 12.000 trang tài liệu lưu trữ", today));
        nominations.review(accepted.row().id(), accepted.row().version(), NominationStatus.ACCEPTED, null);

        Long finance = unitIds.get("QT_QTTV");
        propose(round, finance, people.staffOf(finance).get(4), "LDTT", "Hoàn thành nhiệm vụ được giao", today);
    }

    private NominationDetails propose(OpenRound round, Long unitId, StaffMember person, String award, String summary,
            LocalDate today) {
        Long awardId = awardTypes.search("", null).stream().filter(a -> a.code().equals(award)).findFirst()
                .orElseThrow().id();
        return nominations.save(new NominationForm(null, 0, round.id(), unitId, RecipientKind.INDIVIDUAL,
                person.personId(), null, awardId, summary, new AchievementReport(
                        "Tham mưu, giúp việc Chánh Văn phòng trong lĩnh vực được phân công",
                        summary + ". Không để xảy ra sai sót, chậm trễ.", "Chủ động ứng dụng công nghệ thông tin",
                        null), new UnitMeeting(today.minusDays(3), 9, 10, null), List.of()));
    }

    private NominationDetails submit(NominationDetails draft) {
        return nominations.submit(draft.row().id(), draft.row().version());
    }
}
