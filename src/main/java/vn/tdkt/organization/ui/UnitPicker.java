package vn.tdkt.organization.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.organization.service.UnitService.UnitOption;

/** Unit choosers that page through the registry with accent-insensitive filtering. */
public final class UnitPicker {

    private UnitPicker() {
    }

    public static ComboBox<UnitOption> single(UnitService units, String label) {
        ComboBox<UnitOption> combo = new ComboBox<>(label);
        combo.setItems(q -> units.options(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        combo.setItemLabelGenerator(UnitOption::fullName);
        combo.setClearButtonVisible(true);
        combo.setWidthFull();
        return combo;
    }

    public static MultiSelectComboBox<UnitOption> multi(UnitService units, String label) {
        MultiSelectComboBox<UnitOption> combo = new MultiSelectComboBox<>(label);
        combo.setItems(q -> units.options(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        combo.setItemLabelGenerator(UnitOption::fullName);
        combo.setWidthFull();
        return combo;
    }
}
