package vn.tdkt.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.decision.service.AwardListService;
import vn.tdkt.decision.service.DecisionRecords.AwardForm;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.DecisionRecords.DecisionFilter;
import vn.tdkt.decision.service.DecisionRecords.DecisionForm;
import vn.tdkt.decision.service.DecisionRecords.DecisionRow;
import vn.tdkt.decision.service.DecisionService;
import vn.tdkt.history.domain.AwardRow;
import vn.tdkt.history.service.AwardQuery;
import vn.tdkt.history.service.AwardQuery.Revoked;
import vn.tdkt.history.service.AwardSearchService;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.domain.UnitKind;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService.PersonForm;
import vn.tdkt.organization.service.PersonService.PersonRecord;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService.UnitForm;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;
import vn.tdkt.support.Unique;

/** Register, people and decision searches find what a secretary types, and only that. */
@IntegrationTest
@WithUserDetails("xem")
class TypedSearchTest {

    private static final int YEAR = 2024;

    @Autowired
    AwardSearchService register;
    @Autowired
    PersonService people;
    @Autowired
    DecisionService decisions;
    @Autowired
    AwardListService awardLists;
    @Autowired
    UnitService units;
    @Autowired
    TestData data;
    @Autowired
    RunAs runAs;

    private AwardQuery query(String text, Long unitId) {
        return new AwardQuery(text, Set.of(), null, null, unitId, YEAR, YEAR, null, null, Revoked.EXCLUDED);
    }

    /** A department whose name holds "Hành" and "Thành", its people given LĐTT in the order listed. */
    private Long departmentWithAwards(String... names) {
        Long unit = runAs.as("quantri", () -> {
            Long id = units.create(new UnitForm(null, 0, Unique.code("TIM"), "Phòng Hành chính Thành ủy Tìm kiếm",
                    null, UnitKind.DEPARTMENT, null, 0, null)).id();
            for (String name : names) {
                people.create(new PersonForm(null, 0, name, Gender.FEMALE, 1985, false, id, null,
                        LocalDate.of(2010, 1, 1), null));
            }
            return id;
        });
        runAs.as("thuongtruc", () -> {
            DecisionDetails d = decisions.save(new DecisionForm(null, 0, data.unit("uy ban nhan dan tinh quang tri"),
                    Unique.code("TK").replace("_", "-") + "/QĐ-UBND", LocalDate.of(YEAR + 1, 3, 2), null, null, null,
                    YEAR, YEAR, null, null), null);
            int no = 1;
            for (String name : names) {
                PersonRecord p = people.page(new PersonFilter(name, unit, false), 0, 10).stream()
                        .filter(r -> r.fullName().equals(name)).findFirst().orElseThrow();
                d = awardLists.saveAward(d.id(), new AwardForm(null, 0, RecipientKind.INDIVIDUAL, p.id(), null,
                        data.award("LDTT"), no++, null, null, null), null);
            }
            decisions.record(d.id(), d.version());
        });
        return unit;
    }

    @Test
    void a_name_typed_finds_that_name_before_units_and_the_exact_name_comes_first() {
        Long unit = departmentWithAwards("Lưu Thị Hà My", "Lưu Thị Thu Dung", "Lưu Thị Hà", "Nguyễn Văn Bình");

        // "ha" begins "Hành chính", the unit of all four; the names that hold "luu thi ha" win.
        List<AwardRow> rows = register.page(query("luu thi ha", unit), List.of(), 0, 50);
        assertThat(rows).extracting(AwardRow::recipientName).containsExactly("Lưu Thị Hà", "Lưu Thị Hà My");
        assertThat(register.count(query("luu thi ha", unit))).isEqualTo(2);
        assertThat(register.page(query("luu thi ha", unit), List.of(), 1, 50)).extracting(AwardRow::recipientName)
                .containsExactly("Lưu Thị Hà My");
        assertThat(register.page(query("luu thi ha", unit), List.of(), 2, 50)).isEmpty();

        // No Văn Anh at all: "anh" inside "Thành" is no match.
        assertThat(register.count(query("nguyen van anh", unit))).isZero();
        // Words that are not a name are still found anywhere in the line, as word beginnings.
        assertThat(register.page(query("binh hanh chinh", unit), List.of(), 0, 50))
                .extracting(AwardRow::recipientName).containsExactly("Nguyễn Văn Bình");
    }

    @Test
    void the_award_name_is_searchable() {
        List<AwardRow> rows = register.page(new AwardQuery("co thi dua quang tri", Set.of(), null, null, null, 2022,
                2022, null, null, Revoked.EXCLUDED), List.of(), 0, 50);
        assertThat(rows).extracting(AwardRow::recipientName).contains("Văn phòng Tỉnh ủy Quảng Trị");
        assertThat(rows).extracting(AwardRow::awardName).containsOnly("Cờ thi đua của Văn phòng Trung ương Đảng");
    }

    @Test
    void the_people_search_matches_words_and_takes_percent_and_underscore_literally() {
        Long unit = departmentWithAwards("Nguyễn Văn Anh", "Nguyễn Thị Lan Anh", "Trần Văn Anh");
        assertThat(people.page(new PersonFilter("van anh", unit, true), 0, 10))
                .extracting(PersonRecord::fullName).containsExactly("Nguyễn Văn Anh", "Trần Văn Anh");
        assertThat(people.page(new PersonFilter("nguyen anh", unit, true), 0, 10))
                .extracting(PersonRecord::fullName).containsExactly("Nguyễn Thị Lan Anh", "Nguyễn Văn Anh");
        assertThat(people.count(new PersonFilter("%", null, true))).isZero();
        assertThat(people.count(new PersonFilter("_", null, true))).isZero();
        assertThat(people.count(new PersonFilter("", null, true))).isPositive();
    }

    @Test
    void decision_numbers_are_found_without_accents_and_percent_matches_itself() {
        assertThat(decisions.page(new DecisionFilter("1125-QD", 0, null), 0, 10))
                .extracting(DecisionRow::docNumber).containsExactly("1125-QĐ/VPTW");
        assertThat(decisions.page(new DecisionFilter("163/qd-ubnd", 0, null), 0, 10))
                .extracting(DecisionRow::docNumber).contains("163/QĐ-UBND");
        assertThat(decisions.count(new DecisionFilter("163 / QĐ-UBND", 0, null))).isPositive();
        assertThat(decisions.count(new DecisionFilter("%", 0, null))).isZero();
        assertThat(decisions.count(new DecisionFilter("_", 0, null))).isZero();
    }
}
