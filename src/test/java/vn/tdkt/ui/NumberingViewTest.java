package vn.tdkt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.decision.service.NumberingService.NumberingRecord;
import vn.tdkt.decision.ui.NumberingView;
import vn.tdkt.organization.domain.UnitKind;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.organization.service.UnitService.UnitForm;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.support.KaribuTest;
import vn.tdkt.support.Unique;

class NumberingViewTest extends KaribuTest {

    @Autowired
    UnitService units;

    @Test
    void the_administrator_sets_up_a_party_style_numbering_and_its_term_and_sees_the_next_number() {
        login("quantri");
        String code = Unique.code("VS").replace("_", "");
        Long issuer = units.create(new UnitForm(null, 0, code, "Văn phòng số " + code, null,
                UnitKind.PROVINCIAL_OFFICE, null, 901, null)).id();
        UI.getCurrent().navigate(NumberingView.class);
        @SuppressWarnings("unchecked")
        ComboBox<UnitOption> combo = _get(ComboBox.class, spec -> spec.withId("numbering-issuer"));
        combo.setValue(combo.getListDataView().getItems().filter(u -> u.id().equals(issuer)).findFirst()
                .orElseThrow());

        _get(TextField.class, spec -> spec.withId("numbering-pattern")).setValue("{n}-QĐ/" + code);
        _get(Button.class, spec -> spec.withId("numbering-save")).click();
        @SuppressWarnings("unchecked")
        Grid<NumberingRecord> grid = _get(Grid.class, spec -> spec.withId("numbering-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        // No term covers today yet: no next number until one is recorded.
        assertThat(GridKt._get(grid, 0).nextNumber()).isNull();

        _get(TextField.class, spec -> spec.withId("numbering-term-name")).setValue("Nhiệm kỳ 2025–2030");
        _get(DatePicker.class, spec -> spec.withId("numbering-term-from")).setValue(LocalDate.of(2025, 10, 15));
        _get(DatePicker.class, spec -> spec.withId("numbering-term-to")).setValue(LocalDate.of(2030, 10, 14));
        _get(Button.class, spec -> spec.withId("numbering-term-add")).click();

        @SuppressWarnings("unchecked")
        Grid<?> terms = _get(Grid.class, spec -> spec.withId("numbering-terms"));
        assertThat(GridKt._size(terms)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).nextNumber()).isEqualTo("1-QĐ/" + code);
        assertThat(GridKt._get(grid, 0).currentPeriod()).isEqualTo("Nhiệm kỳ 2025–2030");
    }
}
