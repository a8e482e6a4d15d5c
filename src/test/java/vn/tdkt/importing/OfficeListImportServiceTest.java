package vn.tdkt.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.support.Refusals.assertRefused;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.decision.service.LegacyDecisionWriter.ImportOutcome;
import vn.tdkt.history.service.AwardQuery;
import vn.tdkt.history.service.AwardSearchService;
import vn.tdkt.importing.service.ImportRecords.Field;
import vn.tdkt.importing.service.ImportRecords.ImportPreview;
import vn.tdkt.importing.service.ImportRecords.ListLayout;
import vn.tdkt.importing.service.ImportRecords.ListSettings;
import vn.tdkt.importing.service.ImportRecords.ListValues;
import vn.tdkt.importing.service.ImportRecords.PreviewRow;
import vn.tdkt.importing.service.ImportRecords.RowStatus;
import vn.tdkt.importing.service.LegacyListImport;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService.PersonRecord;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.OfficeLists;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;

/**
 * Lists as offices keep them, not in the template: a title block naming the decision in
 * words, an award in the title, an STT column, section rows, merged cells, "Ông"/"Bà",
 * money, a total row and a signature block.
 */
@IntegrationTest
@WithUserDetails("thuongtruc")
class OfficeListImportServiceTest {

    private static final AtomicLong NUMBERS = new AtomicLong(100_000 + System.currentTimeMillis() % 400_000 * 2);

    @Autowired
    LegacyListImport importer;
    @Autowired
    AwardSearchService register;
    @Autowired
    PersonService people;
    @Autowired
    TestData data;
    @Autowired
    RunAs runAs;
    @Autowired
    JdbcTemplate jdbc;

    private PersonRecord someoneOfTheGeneralDepartment() {
        return people.page(new PersonFilter("", data.unit("phong tong hop van phong tinh uy quang tri"), false), 0, 1)
                .getFirst();
    }

    @Test
    void an_office_list_is_read_from_its_title_block_sections_and_columns_and_imported_whole() throws IOException {
        String number = NUMBERS.incrementAndGet() + "-QĐ/VPTU";
        PersonRecord known = someoneOfTheGeneralDepartment();
        byte[] file = OfficeLists.officeList(number, known.fullName(), known.gender(), "Nguyễn Thị Mới Nhập", "Trần Văn Lưu Trữ");

        ListLayout layout = importer.layout("ds-ldtt-2018.xlsx", file);

        assertThat(layout.complete()).isFalse();
        assertThat(layout.headerRow()).isEqualTo(8);
        assertThat(layout.proposal().mapping()).containsExactly(Field.ORDINAL, Field.NAME, Field.POSITION,
                Field.UNIT, Field.AMOUNT, Field.NOTE);
        ListValues title = layout.proposal().values();
        assertThat(title.docNumber()).isEqualTo(number);
        assertThat(title.decisionDate()).isEqualTo(LocalDate.of(2019, 1, 18));
        assertThat(title.issuerUnitId()).isEqualTo(data.unit("van phong tinh uy quang tri"));
        assertThat(title.awardTypeId()).isEqualTo(data.award("LDTT"));
        assertThat(title.years()).isEqualTo("2018");

        ImportPreview preview = importer.preview("ds-ldtt-2018.xlsx", file, layout.proposal(), p -> { });

        assertThat(preview.rows()).extracting(PreviewRow::rowNumber).containsExactly(11, 12, 14);
        assertThat(preview.rows()).extracting(PreviewRow::status).containsExactly(RowStatus.READY,
                RowStatus.NEW_PERSON, RowStatus.NEW_PERSON);
        PreviewRow first = preview.rows().getFirst();
        assertThat(first.award().personId()).isEqualTo(known.id());
        assertThat(first.award().unitId()).isEqualTo(data.unit("phong tong hop van phong tinh uy quang tri"));
        assertThat(first.award().amount()).isEqualByComparingTo(new BigDecimal("447000"));
        PreviewRow woman = preview.rows().get(1);
        assertThat(woman.award().name()).isEqualTo("Nguyễn Thị Mới Nhập");
        assertThat(woman.award().gender()).isEqualTo(Gender.FEMALE);
        PreviewRow man = preview.rows().get(2);
        assertThat(man.award().name()).isEqualTo("Trần Văn Lưu Trữ");
        assertThat(man.award().gender()).isEqualTo(Gender.MALE);
        assertThat(man.award().unitId()).isEqualTo(data.unit("phong hanh chinh luu tru van phong tinh uy quang tri"));
        assertThat(man.award().amount()).isEqualByComparingTo(new BigDecimal("447000"));
        assertThat(preview.rows()).allSatisfy(r -> {
            assertThat(r.award().docNumber()).isEqualTo(number);
            assertThat(r.award().awardTypeId()).isEqualTo(data.award("LDTT"));
            assertThat(r.award().yearFrom()).isEqualTo(2018);
        });

        long before = register.count(AwardQuery.all().withText("nguyen thi moi nhap"));
        ImportOutcome outcome = importer.commit(preview);
        assertThat(outcome.awardsAdded()).isEqualTo(3);
        assertThat(outcome.decisionsCreated()).isEqualTo(1);
        assertThat(register.count(AwardQuery.all().withText(number))).isEqualTo(3);
        assertThat(register.count(AwardQuery.all().withText("nguyen thi moi nhap"))).as("found by her name")
                .isEqualTo(before + 1);

        ImportPreview again = importer.preview("ds-ldtt-2018.xlsx", file, layout.proposal(), p -> { });
        assertThat(again.duplicates()).isEqualTo(3);
    }

    @Test
    void a_column_mapping_the_user_set_is_remembered_for_the_next_file_of_the_same_shape() throws IOException {
        String note = "Ghi chú đợt " + NUMBERS.incrementAndGet();
        String[] header = {"TT", "Họ tên cán bộ", "Nơi làm việc", "Mức thưởng", "Danh hiệu đạt", note};
        String unit = "Phòng Tổng hợp, Văn phòng Tỉnh ủy Quảng Trị";
        byte[] first = sheet(header, List.<String[]>of(new String[] {"1", "Lê Văn Nhớ Cột", unit, "447.000",
            "Lao động tiên tiến", ""}));
        ListLayout layout = importer.layout("ds-1.xlsx", first);
        assertThat(layout.remembered()).isFalse();
        assertThat(layout.proposal().mapping()).containsExactly(Field.ORDINAL, Field.NAME, Field.IGNORE, Field.AMOUNT,
                Field.AWARD, Field.NOTE);
        assertThat(layout.columns().get(2).samples()).containsExactly(unit);

        List<Field> mapping = new ArrayList<>(layout.proposal().mapping());
        mapping.set(2, Field.UNIT);
        String number = NUMBERS.incrementAndGet() + "-QĐ/VPTU";
        ListValues values = new ListValues(number, LocalDate.of(2020, 1, 20), data.unit("van phong tinh uy quang tri"),
                null, "2019");
        ImportPreview preview = importer.preview("ds-1.xlsx", first, new ListSettings(mapping, values), p -> { });
        assertThat(preview.rows()).extracting(PreviewRow::status).containsExactly(RowStatus.NEW_PERSON);
        assertThat(importer.layout("ds-1.xlsx", first).remembered()).as("only an import remembers").isFalse();
        importer.commit(preview);

        byte[] next = sheet(header, List.<String[]>of(new String[] {"1", "Lê Thị Cột Sau", unit, "", "Lao động tiên tiến", ""}));
        ListLayout remembered = importer.layout("ds-2.xlsx", next);
        assertThat(remembered.remembered()).isTrue();
        assertThat(remembered.proposal().mapping()).isEqualTo(mapping);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'MAPPING' AND username = ?"
                + " AND summary LIKE ?", Integer.class, "thuongtruc", "%" + note + "%")).isEqualTo(1);
        runAs.as("quantri", () -> assertThat(importer.layout("ds-2.xlsx", next).remembered())
                .as("remembered per user").isFalse());
    }

    @Test
    void an_ambiguous_mapping_a_list_without_names_or_without_its_decision_is_refused_and_nothing_is_saved()
            throws IOException {
        String number = NUMBERS.incrementAndGet() + "-QĐ/VPTU";
        PersonRecord known = someoneOfTheGeneralDepartment();
        byte[] file = OfficeLists.officeList(number, known.fullName(), known.gender(), "Nguyễn Thị Không Ghi", "Lê Văn Không Ghi");
        ListLayout layout = importer.layout("ds.xlsx", file);
        ListValues title = layout.proposal().values();

        BusinessException twice = assertRefused("error.import.ambiguousMapping", () -> importer.preview("ds.xlsx",
                file, new ListSettings(List.of(Field.ORDINAL, Field.NAME, Field.POSITION, Field.NAME, Field.AMOUNT,
                        Field.NOTE), title), p -> { }));
        assertThat(twice.getArgs()).containsExactly("Họ và tên", "B, D");

        assertRefused("error.import.noNames", () -> importer.preview("ds.xlsx", file, new ListSettings(
                List.of(Field.ORDINAL, Field.IGNORE, Field.POSITION, Field.UNIT, Field.NAME, Field.NOTE), title),
                p -> { }));

        BusinessException missing = assertRefused("error.import.missingListValues", () -> importer.preview("ds.xlsx",
                file, new ListSettings(layout.proposal().mapping(), new ListValues(null, title.decisionDate(), null,
                        title.awardTypeId(), title.years())), p -> { }));
        assertThat(missing.getArgs()).containsExactly("Số quyết định, Cơ quan ban hành");

        assertThat(register.count(AwardQuery.all().withText(number))).isZero();
    }

    @Test
    void section_rows_give_the_kind_and_the_unit_of_the_rows_below_and_an_unknown_section_is_reported()
            throws IOException {
        String number = NUMBERS.incrementAndGet() + "-QĐ/VPTU";
        byte[] file = sheet(new String[] {"STT", "Họ và tên", "Đơn vị", "Danh hiệu"}, List.of(
                new String[] {"A. TẬP THỂ"},
                new String[] {"1", "Phòng Tổng hợp", "", "TTLDXS"},
                new String[] {"B. CÁ NHÂN"},
                new String[] {"I. PHÒNG TỔNG HỢP"},
                new String[] {"1", "Bà Lê Thị Mục Con", "", "CSTDCS"},
                new String[] {"C. PHÒNG KHÔNG CÓ"},
                new String[] {"1", "Ông Lê Văn Không Mục", "", "CSTDCS"},
                new String[] {"Tổng cộng: 3"}));
        ListLayout layout = importer.layout("ds-muc.xlsx", file);
        assertThat(layout.proposal().mapping()).containsExactly(Field.ORDINAL, Field.NAME, Field.UNIT, Field.AWARD);
        ListValues values = new ListValues(number, LocalDate.of(2019, 1, 18), data.unit("van phong tinh uy quang tri"),
                null, "2018");

        ImportPreview preview = importer.preview("ds-muc.xlsx", file,
                new ListSettings(layout.proposal().mapping(), values), p -> { });

        assertThat(preview.rows()).extracting(PreviewRow::rowNumber).containsExactly(3, 6, 7, 8);
        Long department = data.unit("phong tong hop van phong tinh uy quang tri");
        PreviewRow collective = preview.rows().getFirst();
        assertThat(collective.status()).isEqualTo(RowStatus.READY);
        assertThat(collective.award().kind()).isEqualTo(vn.tdkt.catalog.domain.RecipientKind.COLLECTIVE);
        assertThat(collective.award().unitId()).as("the department of the issuing office").isEqualTo(department);
        PreviewRow person = preview.rows().get(1);
        assertThat(person.award().kind()).isEqualTo(vn.tdkt.catalog.domain.RecipientKind.INDIVIDUAL);
        assertThat(person.award().name()).isEqualTo("Lê Thị Mục Con");
        assertThat(person.award().unitId()).isEqualTo(department);
        PreviewRow unknown = preview.rows().get(2);
        assertThat(unknown.status()).isEqualTo(RowStatus.ERROR);
        assertThat(unknown.issues()).extracting(i -> i.key()).containsExactly("import.issue.unknownSection");
        assertThat(unknown.issues().getFirst().args()).containsExactly("PHÒNG KHÔNG CÓ");
        assertThat(preview.rows().get(3).issues()).as("not put under the section above the unknown one")
                .extracting(i -> i.key()).containsExactly("import.issue.required");
    }

    private static byte[] sheet(String[] header, List<String[]> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("DS");
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
