package vn.tdkt.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.history.domain.AwardRow;
import vn.tdkt.history.service.AwardExport;
import vn.tdkt.history.service.AwardQuery.Revoked;
import vn.tdkt.history.service.AwardQuery;
import vn.tdkt.history.service.AwardSearchService.SortKey;
import vn.tdkt.history.service.AwardSearchService;
import vn.tdkt.history.service.AwardStatisticsService.Statistics;
import vn.tdkt.history.service.AwardStatisticsService;
import vn.tdkt.history.service.TimelineService.PersonTimeline;
import vn.tdkt.history.service.TimelineService;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.support.DemoYears;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestData;

/** The register as a viewer uses it, over the demo data (the central office's 2022 decisions, Quảng Trị's years). */
@IntegrationTest
@WithUserDetails("xem")
class AwardSearchServiceTest {

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
        AwardQuery all2022 = query("", Set.of(), 2022, 2022);
        long total = register.count(all2022);
        long quangTri = register.count(all2022.withUnit(data.unit("van phong tinh uy quang tri"), null));
        assertThat(quangTri).isPositive().isLessThan(total);
        List<AwardRow> byName = register.page(all2022.withUnit(null, RecipientKind.INDIVIDUAL),
                List.of(new SortKey("recipient", true)), 0, 50);
        List<String> given = byName.stream().map(r -> vn.tdkt.base.domain.VietnameseText.personSortKey(
                r.recipientName())).toList();
        assertThat(given).isSorted();
        assertThatThrownBy(() -> register.count(query("", Set.of(), 2024, 2020)))
                .hasFieldOrPropertyWithValue("messageKey", "error.register.yearsReversed");
    }

    @Test
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
        assertThat(t.ratings()).hasSizeGreaterThanOrEqualTo(5);
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
        long written = new AwardExport(register, 7).xlsx(q, sort, out);
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
