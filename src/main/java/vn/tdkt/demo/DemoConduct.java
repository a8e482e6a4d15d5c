package vn.tdkt.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.tdkt.conduct.domain.DisciplineForm;
import vn.tdkt.conduct.domain.InitiativeKind;
import vn.tdkt.conduct.domain.InitiativeLevel;
import vn.tdkt.conduct.domain.ProcedureKind;
import vn.tdkt.conduct.service.ConductRecords.DisciplineRecord;
import vn.tdkt.conduct.service.ConductRecords.InitiativeRecord;
import vn.tdkt.conduct.service.ConductRecords.ProcedureRecord;
import vn.tdkt.conduct.service.ConductService;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService.StaffMember;
import vn.tdkt.organization.service.PersonService;

/**
 * Quảng Trị's conduct records, relative to the clock's day: a province-level initiative of
 * Trần Thị Thu Hà in each year of her CSTĐCS streak, the Chánh Văn phòng's research topic of
 * last year, unit-level initiatives in three departments, a khiển trách of last December still
 * in effect, a closed inspection and a discipline review opened three weeks ago.
 */
@Component
class DemoConduct {

    private final ConductService conduct;
    private final PersonService people;
    private final Clock clock;

    DemoConduct(ConductService conduct, PersonService people, Clock clock) {
        this.conduct = conduct;
        this.people = people;
        this.clock = clock;
    }

    void create(Map<String, Long> unitIds) {
        LocalDate today = LocalDate.now(clock);
        int lastYear = today.getYear() - 1;
        // The same "last decided year" as DemoAwards: titles are decided on 20 January.
        int lastDecided = LocalDate.of(today.getYear(), 1, 20).isAfter(today) ? lastYear - 1 : lastYear;
        Long office = unitIds.get("VPTU_QT");
        Long ha = personNamed(DemoAwards.STREAK_PERSON, office);
        String[] haTitles = {"Số hóa quy trình tiếp nhận, xử lý văn bản đến tại Văn phòng Tỉnh ủy",
            "Bộ công cụ theo dõi việc thực hiện kết luận của Ban Thường vụ Tỉnh ủy",
            "Quy trình chuẩn bị, phục vụ hội nghị Tỉnh ủy không dùng giấy"};
        for (int i = 0; i < 3; i++) {
            int year = lastDecided - 2 + i;
            initiative(ha, InitiativeKind.SANG_KIEN, haTitles[i], InitiativeLevel.BO_TINH,
                    LocalDate.of(year, 12, 10), (210 + i) + "/QĐ-UBND", "Hội đồng sáng kiến tỉnh công nhận");
        }
        initiative(personNamed("Nguyễn Khánh Vũ", office), InitiativeKind.DE_TAI,
                "Nâng cao chất lượng tham mưu của Văn phòng cấp ủy trong tình hình mới", InitiativeLevel.BO_TINH,
                LocalDate.of(lastYear, 11, 25), "15-QĐ/TU", "Đề tài khoa học cấp tỉnh, nghiệm thu đạt loại khá");
        List<StaffMember> general = people.staffOf(unitIds.get("QT_TH"));
        initiative(general.get(0).personId(), InitiativeKind.SANG_KIEN,
                "Mẫu báo cáo tổng hợp tình hình hằng tuần trình Thường trực Tỉnh ủy", InitiativeLevel.CO_SO,
                LocalDate.of(lastYear, 12, 5), "52-QĐ/VPTU", null);
        initiative(general.get(3).personId(), InitiativeKind.SANG_KIEN,
                "Sổ tay tra cứu văn bản chỉ đạo của Tỉnh ủy", InitiativeLevel.CO_SO,
                LocalDate.of(lastYear, 12, 5), "52-QĐ/VPTU", null);
        initiative(people.staffOf(unitIds.get("QT_CYCNTT")).get(1).personId(), InitiativeKind.SANG_KIEN,
                "Sao lưu tập trung dữ liệu các phòng", InitiativeLevel.CO_SO, LocalDate.of(lastYear, 12, 5),
                "52-QĐ/VPTU", null);

        Long reprimanded = people.staffOf(unitIds.get("QT_QTTV")).get(4).personId();
        LocalDate decided = LocalDate.of(lastYear, 12, 15);
        conduct.saveDiscipline(new DisciplineRecord(null, 0, reprimanded, DisciplineForm.KHIEN_TRACH,
                "68-QĐ/VPTU", decided, decided, decided.plusMonths(12).minusDays(1),
                "Chậm thanh quyết toán kinh phí hội nghị"));
        conduct.saveProcedure(new ProcedureRecord(null, 0, people.staffOf(unitIds.get("QT_NK")).get(2).personId(),
                ProcedureKind.KIEM_TRA, LocalDate.of(lastYear, 3, 2), LocalDate.of(lastYear, 6, 30),
                "Ủy ban Kiểm tra Tỉnh ủy kết luận không vi phạm"));
        conduct.saveProcedure(new ProcedureRecord(null, 0, people.staffOf(unitIds.get("QT_TCD")).get(3).personId(),
                ProcedureKind.XEM_XET_KY_LUAT, today.minusWeeks(3), null,
                "Chi bộ đang xem xét trách nhiệm về sai sót trong thu nộp đảng phí"));
    }

    private void initiative(Long person, InitiativeKind kind, String title, InitiativeLevel level, LocalDate on,
            String document, String note) {
        conduct.saveInitiative(new InitiativeRecord(null, 0, person, kind, title, level, on, document, note));
    }

    private Long personNamed(String name, Long unitId) {
        return people.page(new PersonFilter(name, unitId, true), 0, 1).getFirst().id();
    }
}
