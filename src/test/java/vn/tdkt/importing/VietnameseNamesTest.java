package vn.tdkt.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.importing.service.ImportRecords.ImportPreview;
import vn.tdkt.importing.service.ImportRecords.RowStatus;
import vn.tdkt.importing.service.LegacyListImport;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.domain.UnitKind;
import vn.tdkt.organization.service.PersonService.PersonDetails;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService.PersonForm;
import vn.tdkt.organization.service.PersonService.PersonRecord;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService.UnitForm;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.Unique;

/**
 * Names as they really arrive — old tone placement, non-breaking spaces pasted from Excel,
 * the look-alike "Ð", decomposed accents — are stored, sorted, searched and matched as the
 * one name they are.
 */
@IntegrationTest
@WithUserDetails("thuongtruc")
class VietnameseNamesTest {

    private static final String NBSP = "\u00A0";

    @Autowired
    PersonService people;
    @Autowired
    UnitService units;
    @Autowired
    LegacyListImport importer;
    @Autowired
    RunAs runAs;

    private Long unit(String name) {
        return runAs.as("quantri", () -> units.create(new UnitForm(null, 0, Unique.code("VN"), name, null,
                UnitKind.DEPARTMENT, null, 0, null)).id());
    }

    private PersonDetails person(String name, Long unitId) {
        return runAs.as("quantri", () -> people.create(new PersonForm(null, 0, name, Gender.FEMALE, 1980, false,
                unitId, null, LocalDate.of(2010, 1, 1), null)));
    }

    @Test
    void names_are_stored_composed_with_plain_spaces_and_the_vietnamese_d() {
        Long unit = unit("Phòng Tên" + NBSP + "Việt");
        String typed = Normalizer.normalize("\u00D0ặng" + NBSP + "Thị\u202FThuỷ ", Normalizer.Form.NFD);
        assertThat(person(typed, unit).fullName()).isEqualTo("Đặng Thị Thuỷ");
        assertThat(units.option(unit).fullName()).isEqualTo("Phòng Tên Việt");
        assertThat(people.page(new PersonFilter("dang" + NBSP + "thi thuy", unit, true), 0, 5))
                .extracting(PersonRecord::fullName).containsExactly("Đặng Thị Thuỷ");
    }

    @Test
    void old_and_new_tone_placement_sort_together() {
        Long unit = unit("Phòng Xếp Tên");
        for (String name : List.of("Lê Thị Thủy", "Lê Thị Thùy", "Lê Thị Thuỷ", "Lê Thị Thúy")) {
            person(name, unit);
        }
        assertThat(people.page(new PersonFilter("", unit, true), 0, 10)).extracting(PersonRecord::fullName)
                .containsExactly("Lê Thị Thùy", "Lê Thị Thủy", "Lê Thị Thuỷ", "Lê Thị Thúy");
    }

    @Test
    void an_imported_list_finds_the_person_however_the_name_was_typed() throws IOException {
        String unitName = "Phòng Nhập Tên " + Unique.code("NT").replace("_", "");
        Long unit = unit(unitName);
        PersonDetails hoa = person("Đoàn Văn Hòa", unit);
        byte[] file = LegacyListImportServiceTest.workbook(List.<String[]>of(new String[] {
            (100_000 + Math.abs(System.nanoTime() % 800_000)) + "/QĐ-UBND", "15/01/2022",
            "Ủy ban nhân dân tỉnh Quảng Trị", "2021", "LDTT", "\u00D0oàn" + NBSP + "Văn Hoà", "", "", "",
            unitName.replace(" ", NBSP), "", ""}));

        ImportPreview preview = importer.preview("ds.xlsx", file, p -> { });

        assertThat(preview.rows()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RowStatus.READY);
            assertThat(r.award().personId()).isEqualTo(hoa.id());
        });
    }
}
