package vn.tdkt.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.decision.service.AwardListService;
import vn.tdkt.decision.service.DecisionRecords.AwardForm;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.DecisionRecords.DecisionForm;
import vn.tdkt.decision.service.DecisionService;
import vn.tdkt.decision.service.LegacyDecisionWriter.LegacyAward;
import vn.tdkt.decision.service.LegacyDecisionWriter;
import vn.tdkt.history.domain.Rating;
import vn.tdkt.history.service.RatingService.RatingRow;
import vn.tdkt.history.service.RatingService;
import vn.tdkt.movement.service.MovementService.MovementFilter;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.organization.service.PersonService.StaffMember;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService;

/**
 * The register's demo content: the central office's 2022 decisions (Cờ thi đua for 7
 * offices, Bằng khen of its Chánh Văn phòng for 33 collectives and 117 people) and years
 * of Quảng Trị's own awards — 2019–2023 as an imported legacy list, the years since entered
 * decision by decision up to the last one decided by the clock's day — with yearly ratings of
 * the last five years, so that timelines and streaks show.
 */
@Component
class DemoAwards {

    /** The person whose page shows "CSTĐCS 3 năm liên tục" up to the last decided year (2023–2025 in 2026). */
    static final String STREAK_PERSON = "Trần Thị Thu Hà";
    /** The last year of the imported legacy list; later years are entered decision by decision. */
    private static final int LEGACY_TO = 2023;

    private final DecisionService decisions;
    private final AwardListService awardLists;
    private final LegacyDecisionWriter legacy;
    private final RatingService ratings;
    private final AwardTypeService awardTypes;
    private final PersonService people;
    private final MovementService movements;
    private final UnitService units;
    private final Clock clock;
    private final Map<Long, String> unitNames = new java.util.HashMap<>();
    private final Random random = new Random(2022);

    DemoAwards(DecisionService decisions, AwardListService awardLists, LegacyDecisionWriter legacy,
            RatingService ratings, AwardTypeService awardTypes, PersonService people, MovementService movements,
            UnitService units, Clock clock) {
        this.decisions = decisions;
        this.awardLists = awardLists;
        this.legacy = legacy;
        this.ratings = ratings;
        this.awardTypes = awardTypes;
        this.people = people;
        this.movements = movements;
        this.units = units;
        this.clock = clock;
    }

    void create(Map<String, Long> unitIds) {
        Map<String, Long> awards = awardTypes.search("", null).stream()
                .collect(Collectors.toMap(AwardTypeRecord::code, AwardTypeRecord::id));
        Long central = movements.page(new MovementFilter("Văn phòng cấp ủy thi đua", Set.of(), 0), 0, 1)
                .getFirst().id();
        centralDecisions(unitIds, awards, central);
        quangTriHistory(unitIds, awards);
    }

    private void centralDecisions(Map<String, Long> unitIds, Map<String, Long> awards, Long movement) {
        LocalDate date = LocalDate.of(2022, 10, 12);
        DecisionDetails flags = decisions.save(new DecisionForm(null, 0, unitIds.get("VPTW"), "1125-QĐ/VPTW", date,
                "Lê Minh Hưng", "Chánh Văn phòng Trung ương Đảng", "Đã có thành tích xuất sắc, dẫn đầu phong trào thi "
                        + "đua giai đoạn 2019–2022", 2019, 2022, movement, null), null);
        int no = 1;
        for (String office : List.of("VPTU_QT", "VPTU_HG", "VPTU_VL", "VPTU_TH", "VPTU_NA", "VPTU_HP", "VPTU_CT")) {
            flags = awardLists.saveAward(flags.id(), new AwardForm(null, 0, RecipientKind.COLLECTIVE, null,
                    unitIds.get(office), awards.get("CO_TD_VPTW"), no++, new BigDecimal("8.0"), null, null), null);
        }
        decisions.record(flags.id(), flags.version());

        DecisionDetails merit = decisions.save(new DecisionForm(null, 0, unitIds.get("VPTW"), "1126-QĐ/VPTW", date,
                "Lê Minh Hưng", "Chánh Văn phòng Trung ương Đảng", "Đã có thành tích xuất sắc trong công tác giai "
                        + "đoạn 2019–2022, góp phần vào thành tích chung của hệ thống Văn phòng cấp ủy", 2019, 2022,
                movement, null), null);
        List<String> collectives = new ArrayList<>(List.of("VPTU_HT", "VPTU_QB", "VPTU_TTH", "QT_TH", "QT_HCLT",
                "QT_QTTV", "QT_TCD", "QT_CYCNTT", "QT_NK", "HG_VT", "HG_NB", "HG_TXLM", "HG_HLM", "HG_VTH", "HG_CT",
                "HG_CTA", "HG_PH", "VL_TH"));
        for (String office : DemoData.OTHER_OFFICES) {
            collectives.add(office + "_PTH");
        }
        for (String office : DemoData.OTHER_OFFICES.subList(0, 7)) {
            collectives.add(office + "_PHC");
        }
        no = 1;
        for (String code : collectives) {
            merit = awardLists.saveAward(merit.id(), new AwardForm(null, 0, RecipientKind.COLLECTIVE, null,
                    unitIds.get(code), awards.get("BK_CVPTW"), no++, new BigDecimal("3.0"), null, null), null);
        }
        List<Long> individuals = new ArrayList<>();
        individuals.add(personNamed(STREAK_PERSON, unitIds.get("VPTU_QT")));
        individuals.add(people.staffOf(unitIds.get("QT_TH")).getFirst().personId());
        for (String office : DemoData.OTHER_OFFICES) {
            for (String department : List.of(office + "_PTH", office + "_PHC")) {
                people.staffOf(unitIds.get(department)).forEach(s -> individuals.add(s.personId()));
            }
        }
        for (String code : List.of("VPTU_HG", "HG_VT", "HG_NB", "HG_PH", "VPTU_VL", "VL_TH")) {
            people.staffOf(unitIds.get(code)).forEach(s -> individuals.add(s.personId()));
        }
        for (Long person : individuals.subList(0, 117)) {
            merit = awardLists.saveAward(merit.id(), new AwardForm(null, 0, RecipientKind.INDIVIDUAL, person,
                    null, awards.get("BK_CVPTW"), no++, new BigDecimal("1.5"), null, null), null);
        }
        decisions.record(merit.id(), merit.version());
    }

    private Long personNamed(String name, Long unitId) {
        return people.page(new PersonService.PersonFilter(name, unitId, true), 0, 1).getFirst().id();
    }

    /**
     * The office decides a year's titles on 20 January of the next year: before that day last
     * year is not decided yet, and no decision is dated after today.
     */
    private static LocalDate decidedOn(int year) {
        return LocalDate.of(year + 1, 1, 20);
    }

    /**
     * Quảng Trị from 2019 to the last decided year: LĐTT for most staff, CSTĐCS for a few (the
     * last three years running for one Phó Chánh Văn phòng), Giấy khen, collective titles,
     * Bằng khen of the province; ratings of the last five years.
     */
    private void quangTriHistory(Map<String, Long> unitIds, Map<String, Long> awards) {
        LocalDate today = LocalDate.now(clock);
        int thisYear = today.getYear();
        int lastDecided = decidedOn(thisYear - 1).isAfter(today) ? thisYear - 2 : thisYear - 1;
        int streakFrom = lastDecided - 2;
        Long office = unitIds.get("VPTU_QT");
        Long province = unitIds.get("UBND_QT");
        List<String> departments = List.of("QT_TH", "QT_HCLT", "QT_QTTV", "QT_TCD", "QT_CYCNTT", "QT_NK");
        List<StaffMember> staff = new ArrayList<>(people.staffOf(office));
        departments.forEach(d -> staff.addAll(people.staffOf(unitIds.get(d))));
        Long streakPerson = personNamed(STREAK_PERSON, office);
        // Phòng Tổng hợp's head is on a CSTĐCS run too: the department proposes them for CSTĐ cấp tỉnh.
        Long departmentStreak = people.staffOf(unitIds.get("QT_TH")).getFirst().personId();
        List<LegacyAward> old = new ArrayList<>();
        for (int year = 2019; year <= LEGACY_TO; year++) {
            LocalDate date = LocalDate.of(year + 1, 1, 15 + random.nextInt(10));
            String number = (3 + year - 2019) + "-QĐ/VPTU";
            String gk = (8 + year - 2019) + "-QĐ/VPTU";
            for (StaffMember s : staff) {
                boolean cstdcs = s.personId().equals(streakPerson) ? year >= streakFrom
                        : random.nextInt(100) < 8 || s.personId().equals(departmentStreak) && year >= streakFrom;
                if (random.nextInt(100) < 85 || cstdcs) {
                    old.add(award(number, date, office, year, awards.get(cstdcs ? "CSTDCS" : "LDTT"), s, unitIds));
                }
                if (random.nextInt(100) < 10) {
                    old.add(award(gk, date, office, year, awards.get("GIAY_KHEN"), s, unitIds));
                }
            }
            for (String d : departments) {
                old.add(new LegacyAward(number, date, office, year, year, awards.get("TTLDTT"),
                        RecipientKind.COLLECTIVE, null, unitIds.get(d), unitName(unitIds.get(d)), null, null, null,
                        unitName(unitIds.get(d)), null, null, null));
            }
        }
        legacy.write(old, "Danh sách khen thưởng Văn phòng Tỉnh ủy Quảng Trị 2019–2023.xlsx");

        for (int year = LEGACY_TO + 1; year <= lastDecided; year++) {
            LocalDate date = decidedOn(year);
            DecisionDetails d = decisions.save(new DecisionForm(null, 0, office, (2 + year - 2024) + "-QĐ/VPTU", date,
                    "Nguyễn Khánh Vũ", "Chánh Văn phòng Tỉnh ủy", "Đã có thành tích trong phong trào thi đua \"Tham "
                            + "mưu giỏi, phục vụ tốt\" năm " + year, year, year, null, null), null);
            int no = 1;
            for (StaffMember s : staff) {
                boolean cstdcs = s.personId().equals(streakPerson) ? year >= streakFrom
                        : random.nextInt(100) < 8 || s.personId().equals(departmentStreak) && year >= streakFrom;
                if (random.nextInt(100) < 85 || cstdcs) {
                    d = awardLists.saveAward(d.id(), new AwardForm(null, 0, RecipientKind.INDIVIDUAL,
                            s.personId(), null, awards.get(cstdcs ? "CSTDCS" : "LDTT"), no++, null, null, null), null);
                }
            }
            decisions.record(d.id(), d.version());
        }
        DecisionDetails province2024 = decisions.save(new DecisionForm(null, 0, province, "163/QĐ-UBND",
                LocalDate.of(2025, 2, 10), "Hà Sỹ Đồng", "Phó Chủ tịch UBND tỉnh", "Đã có thành tích xuất sắc "
                        + "trong công tác năm 2024", 2024, 2024, null, null), null);
        province2024 = awardLists.saveAward(province2024.id(), new AwardForm(null, 0,
                RecipientKind.COLLECTIVE, null, unitIds.get("QT_TH"), awards.get("TTLDXS"), 1, null, null, null), null);
        province2024 = awardLists.saveAward(province2024.id(), new AwardForm(null, 0,
                RecipientKind.INDIVIDUAL, streakPerson, null, awards.get("BK_TINH"), 2, null, null, null), null);
        decisions.record(province2024.id(), province2024.version());

        for (int year = thisYear - 5; year < thisYear; year++) {
            for (StaffMember s : staff) {
                Rating rating = s.personId().equals(streakPerson) ? Rating.HTXSNV
                        : random.nextInt(100) < 18 ? Rating.HTXSNV : random.nextInt(100) < 90 ? Rating.HTTNV
                                : Rating.HTNV;
                ratings.save(new RatingRow(s.personId(), s.fullName(), s.positionName(), null, 0, rating, null),
                        year);
            }
        }
    }

    private LegacyAward award(String number, LocalDate date, Long issuer, int year, Long awardType, StaffMember s,
            Map<String, Long> unitIds) {
        Long unit = people.placementOn(s.personId(), date) == null ? unitIds.get("VPTU_QT")
                : people.placementOn(s.personId(), date).unitId();
        return new LegacyAward(number, date, issuer, year, year, awardType, RecipientKind.INDIVIDUAL, s.personId(),
                unit, s.fullName(), s.gender(), null, s.positionName(), unitName(unit), null, null, null);
    }

    private String unitName(Long unitId) {
        return unitNames.computeIfAbsent(unitId, id -> units.option(id).fullName());
    }
}
