package vn.tdkt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.importing.service.ImportRecords.Field;
import vn.tdkt.importing.ui.ImportView;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService.PersonRecord;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.support.KaribuTest;
import vn.tdkt.support.OfficeLists;
import vn.tdkt.support.TestData;

/** The mapping step of the import, for a list as an office keeps it. */
class ImportMappingViewTest extends KaribuTest {

    @Autowired
    PersonService people;
    @Autowired
    TestData data;

    @SuppressWarnings("unchecked")
    private static Select<Field> column(String letter) {
        return _get(Select.class, spec -> spec.withId("import-map-" + letter));
    }

    /** Lets the background reading finish and its UI updates run. */
    private static void await(BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 300 && !done.getAsBoolean(); i++) {
            Thread.sleep(100);
            MockVaadin.runUIQueue();
        }
        assertThat(done.getAsBoolean()).as("the view finished reading the file").isTrue();
    }

    private static boolean present(Class<? extends Component> type, String id) {
        return !_find(type, spec -> spec.withId(id)).isEmpty();
    }

    @Test
    void an_office_list_goes_through_the_mapping_step_prefilled_from_its_title_and_headers()
            throws IOException, InterruptedException {
        login("thuongtruc");
        UI.getCurrent().navigate(ImportView.class);
        ImportView view = _get(ImportView.class);
        String number = (500_000 + System.currentTimeMillis() % 400_000) + "-QĐ/VPTU";
        PersonRecord known = people.page(new PersonFilter("", data.unit("phong tong hop van phong tinh uy quang tri"),
                false), 0, 1).getFirst();
        view.read("ds-ldtt.xlsx", OfficeLists.officeList(number, known.fullName(), known.gender(),
                "Phạm Thị Màn Hình", "Đỗ Văn Màn Hình"));
        await(() -> present(Select.class, "import-map-B"));

        assertThat(_get(TextField.class, spec -> spec.withId("import-doc-number")).getValue()).isEqualTo(number);
        assertThat(_get(TextField.class, spec -> spec.withId("import-years")).getValue()).isEqualTo("2018");
        @SuppressWarnings("unchecked")
        ComboBox<UnitOption> issuer = _get(ComboBox.class, spec -> spec.withId("import-issuer"));
        assertThat(issuer.getValue().fullName()).isEqualTo("Văn phòng Tỉnh ủy Quảng Trị");
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-title-block")).getText())
                .contains("Cá nhân đạt danh hiệu Lao động tiên tiến năm 2018");
        assertThat(column("A").getValue()).isEqualTo(Field.ORDINAL);
        assertThat(column("B").getValue()).isEqualTo(Field.NAME);
        assertThat(column("B").getLabel()).isEqualTo("Cột B: Họ và tên");
        assertThat(column("E").getValue()).isEqualTo(Field.AMOUNT);

        Button check = _get(Button.class, spec -> spec.withId("import-check"));
        column("D").setValue(Field.NAME);
        Span warning = _get(Span.class, spec -> spec.withId("import-mapping-warning"));
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).isEqualTo("Cột \"Họ và tên (tên tập thể)\" đang được chọn cho nhiều cột (B, D).");
        assertThat(check.isEnabled()).isFalse();

        column("D").setValue(Field.UNIT);
        assertThat(warning.isVisible()).isFalse();
        assertThat(check.isEnabled()).isTrue();
        check.click();
        await(() -> !present(Select.class, "import-map-B"));

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("ds-ldtt.xlsx: 3 dòng — 1 hợp lệ, 2 cán bộ chưa có trong danh mục (sẽ ghi theo tên),"
                        + " 0 đã có trong sổ, 0 lỗi.");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("import-preview")))).isEqualTo(3);
        assertThat(_get(Button.class, spec -> spec.withId("import-commit")).getText())
                .isEqualTo("Ghi 3 dòng hợp lệ vào sổ");
    }
}
