package vn.tdkt.history;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertRefused;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.decision.service.AwardListService;
import vn.tdkt.decision.service.DecisionRecords.AwardForm;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.DecisionRecords.DecisionForm;
import vn.tdkt.decision.service.DecisionService;
import vn.tdkt.history.domain.AwardRow;
import vn.tdkt.history.domain.Rating;
import vn.tdkt.history.service.AwardExport;
import vn.tdkt.history.service.AwardQuery;
import vn.tdkt.history.service.AwardQuery.Revoked;
import vn.tdkt.history.service.AwardSearchService;
import vn.tdkt.history.service.AwardSearchService.SortKey;
import vn.tdkt.history.service.AwardStatisticsService;
import vn.tdkt.history.service.AwardStatisticsService.Statistics;
import vn.tdkt.history.service.TimelineService;
import vn.tdkt.history.service.TimelineService.PersonTimeline;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.domain.UnitKind;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService.PersonForm;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.organization.service.UnitService.UnitForm;
import vn.tdkt.support.DemoYears;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;
import vn.tdkt.support.Unique;

/** The register as a viewer uses it, over the demo data (the central office's 2022 decisions, Quảng Trị's years). */
@IntegrationTest
@WithUserDetails("xem")
class AwardSearchServiceTest {

    @Autowired
    AuditService audit;
    @Autowired
    AwardSearchService register;
    @Autowired
    AwardStatisticsService statistics;
    @Autowired
    AwardExport export;
    @Autowired
    TimelineService timelines;
    @Autowired
    PersonService people;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;

    @Autowired
    DecisionService decisions;
    @Autowired
    AwardListService awardLists;
    @Autowired
    UnitService units;
    @Autowired
    RunAs runAs;

    private AwardQuery query(String text, Set<Long> types, Integer from, Integer to) {
        return new AwardQuery(text, types, null, null, null, from, to, null, null, Revoked.EXCLUDED);
    }

    @Test
    void accent_free_search_finds_the_2022_flag_of_quang_tri() {
        List<AwardRow> rows = register.page(query("van phong tinh uy quang tri", Set.of(data.award("CO_TD_VPTW")),
                2022, 2022), List.of(), 0, 50);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.recipientName()).isEqualTo("Văn phòng Tỉnh ủy Quảng Trị");
            assertThat(r.awardName()).isEqualTo("Cờ thi đua của Văn phòng Trung ương Đảng");
            assertThat(r.issuer()).isEqualTo("Văn phòng Trung ương Đảng");
            assertThat(r.years()).isEqualTo("2019–2022");
        });
    }

    @Test
    void the_central_2022_decisions_hold_7_flags_and_33_collectives_and_117_people_with_certificates() {
        AwardQuery flags = query("", Set.of(data.award("CO_TD_VPTW")), 2022, 2022);
        assertThat(register.count(flags)).isEqualTo(7);
        AwardQuery merit = query("1126-QĐ/VPTW", Set.of(data.award("BK_CVPTW")), 2022, 2022);
        assertThat(register.count(merit.withUnit(null, RecipientKind.COLLECTIVE))).isEqualTo(33);
        assertThat(register.count(merit.withUnit(null, RecipientKind.INDIVIDUAL))).isEqualTo(117);
        assertThat(register.count(merit.withUnit(data.unit("van phong tinh uy quang tri"),
                RecipientKind.INDIVIDUAL))).as("two of Quảng Trị").isEqualTo(2);
    }

    @Test
    void filters_combine_and_sorting_by_recipient_follows_vietnamese_name_order() {
        // One recorded decision of the test's own: two departments, four people, one collective.
        String number = Unique.code("QĐ").replace("_", "-") + "/QĐ-UBND";
        Long[] departments = runAs.as("quantri", () -> new Long[] {department("Phòng Lọc A",
                "Trần Văn Bình", "Lê Thị Ánh"), department("Phòng Lọc B", "Nguyễn Văn An", "Phạm Thị Ân")});
        runAs.as("thuongtruc", () -> {
            DecisionDetails d = decisions.save(new DecisionForm(null, 0, data.unit("uy ban nhan dan tinh quang tri"),
                    number, LocalDate.of(2025, 3, 2), null, null, null, 2024, 2024, null, null), null);
            int no = 1;
            for (Long department : departments) {
                for (var person : people.page(new PersonFilter("", department, false), 0, 10)) {
                    d = awardLists.saveAward(d.id(), new AwardForm(null, 0, RecipientKind.INDIVIDUAL,
                            person.id(), null, data.award("LDTT"), no++, null, null, null), null);
                }
            }
            d = awardLists.saveAward(d.id(), new AwardForm(null, 0, RecipientKind.COLLECTIVE, null,
                    departments[0], data.award("TTLDTT"), no, null, null, null), null);
            decisions.record(d.id(), d.version());
        });
        AwardQuery ours = query(number, Set.of(), 2024, 2024);

        assertThat(register.count(ours)).isEqualTo(5);
        assertThat(register.count(ours.withUnit(departments[0], null))).isEqualTo(3);
        assertThat(register.count(ours.withUnit(departments[0], RecipientKind.COLLECTIVE))).isEqualTo(1);
        assertThat(register.count(ours.withUnit(departments[1], RecipientKind.INDIVIDUAL))).isEqualTo(2);
        assertThat(register.count(query(number, Set.of(), 2025, 2025))).isZero();
        assertThat(register.page(ours.withUnit(null, RecipientKind.INDIVIDUAL), List.of(new SortKey("recipient",
                true)), 0, 50)).extracting(AwardRow::recipientName)
                .containsExactly("Nguyễn Văn An", "Lê Thị Ánh", "Phạm Thị Ân", "Trần Văn Bình");
        BusinessException refusal = assertRefused("error.register.yearsReversed", "yearFrom",
                () -> register.count(query("", Set.of(), 2024, 2020)));
        assertThat(refusal.getArgs()).containsExactly(2024, 2020);
    }

    private Long department(String name, String... staff) {
        Long id = units.create(new UnitForm(null, 0, Unique.code("LOC"), name, null, UnitKind.DEPARTMENT, null, 0,
                null)).id();
        for (String person : staff) {
            people.create(new PersonForm(null, 0, person, Gender.MALE, 1982, false, id, null,
                    LocalDate.of(2012, 1, 1), null));
        }
        return id;
    }

    @Test
    @WithUserDetails("thuongtruc")
    void a_person_page_shows_the_three_year_streak_and_the_ratings() {
        Long id = people.page(new PersonFilter("tran thi thu ha", null, true), 0, 1).getFirst().id();
        PersonTimeline t = timelines.person(id);
        assertThat(t.streaks()).anySatisfy(s -> {
            assertThat(s.code()).isEqualTo("CSTDCS");
            assertThat(s.to()).isEqualTo(DemoYears.lastDecided(clock));
            assertThat(s.length()).isEqualTo(3);
        });
        assertThat(t.streaks()).anySatisfy(s -> assertThat(s.code()).isEqualTo(TimelineService.HTXSNV));
        assertThat(t.entries()).extracting(e -> e.awardName())
                .contains("Bằng khen của Chánh Văn phòng Trung ương Đảng", "Chiến sĩ thi đua cơ sở");
        assertThat(t.entries()).extracting(e -> e.year()).isSorted();
        assertThat(t.ratings()).extracting(r -> r.year()).containsExactly(2021, 2022, 2023, 2024, 2025);
        assertThat(t.ratings()).extracting(r -> r.rating()).containsOnly(Rating.HTXSNV);
    }

    @Test
    void statistics_count_per_year_and_award_and_split_people_from_collectives() {
        Statistics s = statistics.statistics(query("", Set.of(), 2022, 2022), 10);
        assertThat(s.yearType()).anySatisfy(c -> {
            assertThat(c.awardName()).isEqualTo("Bằng khen của Chánh Văn phòng Trung ương Đảng");
            assertThat(c.count()).isEqualTo(150);
        });
        assertThat(s.total()).isEqualTo(s.individuals() + s.collectives());
        assertThat(s.men() + s.women() + s.genderUnknown()).isEqualTo(s.individuals());
        assertThat(s.perYear()).singleElement().satisfies(y -> assertThat(y.year()).isEqualTo(2022));
    }

    @Test
    void the_honour_board_puts_flags_before_certificates_and_titles() {
        List<AwardRow> board = register.honourBoard(2022, null, 1000);
        assertThat(board.getFirst().awardName()).isEqualTo("Cờ thi đua của Văn phòng Trung ương Đảng");
        int lastFlag = 0;
        int firstTitle = Integer.MAX_VALUE;
        for (int i = 0; i < board.size(); i++) {
            if (board.get(i).awardName().startsWith("Cờ")) {
                lastFlag = i;
            }
            if (board.get(i).awardName().equals("Lao động tiên tiến")) {
                firstTitle = Math.min(firstTitle, i);
            }
        }
        assertThat(lastFlag).isLessThan(firstTitle);
    }

    @Test
    void an_export_read_in_many_small_chunks_keeps_the_grid_order_across_chunk_boundaries() throws Exception {
        AwardQuery q = query("", Set.of(), 2022, 2022);
        List<SortKey> sort = List.of(new SortKey("recipient", true));
        List<AwardRow> grid = register.page(q, sort, 0, 1000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Chunks of 7 rows are read on the export's reader thread, as the logged-in viewer.
        long written = new AwardExport(register, audit, 7).xlsx(q, sort, out);
        assertThat(grid).hasSizeGreaterThan(150);
        assertThat(written).isEqualTo(grid.size());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(grid.size());
            for (int r = 1; r <= grid.size(); r++) {
                assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).isEqualTo(grid.get(r - 1).recipientName());
                assertThat(sheet.getRow(r).getCell(6).getStringCellValue()).isEqualTo(grid.get(r - 1).docNumber());
            }
        }
    }

    @Test
    void the_excel_export_holds_exactly_the_filtered_rows() throws Exception {
        AwardQuery q = query("quang tri", Set.of(), 2022, 2022);
        long count = register.count(q);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = export.xlsx(q, List.of(new SortKey("recipient", true)), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(written).isEqualTo(count);
            assertThat(sheet.getLastRowNum()).isEqualTo((int) count);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Người / tập thể được khen");
            for (int r = 1; r <= count; r++) {
                assertThat(sheet.getRow(r).getCell(5).getStringCellValue()).contains("2022");
            }
        }
    }
}
