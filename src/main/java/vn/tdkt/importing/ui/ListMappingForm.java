package vn.tdkt.importing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.tdkt.base.ui.DatePickers;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.importing.service.ImportRecords.Field;
import vn.tdkt.importing.service.ImportRecords.ListLayout;
import vn.tdkt.importing.service.ImportRecords.ListSettings;
import vn.tdkt.importing.service.ImportRecords.ListValues;
import vn.tdkt.importing.service.ImportRecords.SheetColumn;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.organization.ui.UnitPicker;

/**
 * The mapping step of a list that is not in the template's shape: what the title block
 * says about the decision, to confirm or set once for the whole list, and what each column
 * holds, proposed from its header (or as the user chose last time for this header row).
 */
class ListMappingForm extends VerticalLayout {

    private final TextField docNumber = new TextField();
    private final DatePicker date = DatePickers.create(null);
    private final ComboBox<UnitOption> issuer;
    private final ComboBox<AwardTypeRecord> award = new ComboBox<>();
    private final TextField years = new TextField();
    private final List<Select<Field>> fields = new ArrayList<>();
    private final Span warning = new Span();
    private final Button check;

    ListMappingForm(ListLayout layout, UnitService units, List<AwardTypeRecord> awards,
            Consumer<ListSettings> onCheck, Runnable onCancel) {
        setId("import-mapping");
        setPadding(false);
        add(new H3(getTranslation("import.mapping.title")), new Paragraph(getTranslation("import.mapping.help")));
        if (!layout.titleLines().isEmpty()) {
            Paragraph title = new Paragraph(getTranslation("import.mapping.titleBlock",
                    String.join(" · ", layout.titleLines())));
            title.setId("import-title-block");
            add(title);
        }
        if (layout.remembered()) {
            Span remembered = new Span(getTranslation("import.mapping.remembered"));
            remembered.setId("import-mapping-remembered");
            remembered.getElement().getThemeList().add("badge success");
            add(remembered);
        }
        ListValues values = layout.proposal().values();
        docNumber.setLabel(getTranslation("import.list.docNumber"));
        docNumber.setId("import-doc-number");
        docNumber.setValue(values.docNumber() == null ? "" : values.docNumber());
        date.setLabel(getTranslation("import.list.date"));
        date.setId("import-date");
        date.setValue(values.decisionDate());
        issuer = UnitPicker.single(units, getTranslation("import.list.issuer"));
        issuer.setId("import-issuer");
        if (values.issuerUnitId() != null) {
            issuer.setValue(units.option(values.issuerUnitId()));
        }
        award.setLabel(getTranslation("import.list.award"));
        award.setId("import-award");
        award.setItems(Ui.folding(AwardTypeRecord::name), awards);
        award.setItemLabelGenerator(AwardTypeRecord::name);
        award.setClearButtonVisible(true);
        awards.stream().filter(a -> a.id().equals(values.awardTypeId())).findFirst().ifPresent(award::setValue);
        years.setLabel(getTranslation("import.list.years"));
        years.setId("import-years");
        years.setValue(values.years() == null ? "" : values.years());
        FormLayout decision = new FormLayout(docNumber, date, issuer, award, years);
        decision.setId("import-list-values");
        add(decision);

        FormLayout columns = new FormLayout();
        columns.setId("import-columns");
        for (SheetColumn column : layout.columns()) {
            Select<Field> select = new Select<>();
            select.setLabel(getTranslation("import.mapping.column", column.letter(), column.header()));
            select.setItems(Field.values());
            select.setItemLabelGenerator(f -> getTranslation("ImportField." + f));
            select.setValue(layout.proposal().mapping().get(column.index()));
            if (!column.samples().isEmpty()) {
                select.setHelperText(getTranslation("import.mapping.samples", String.join("; ", column.samples())));
            }
            select.setId("import-map-" + column.letter());
            select.addValueChangeListener(e -> showAmbiguity());
            fields.add(select);
            columns.add(select);
        }
        add(columns);
        warning.setId("import-mapping-warning");
        warning.getElement().getThemeList().add("badge error");
        check = Ui.primary("import.mapping.check", VaadinIcon.CHECK, () -> onCheck.accept(settings()));
        check.setId("import-check");
        Button cancel = Ui.button("import.mapping.cancel", VaadinIcon.CLOSE, onCancel);
        cancel.setId("import-mapping-cancel");
        add(warning, Ui.toolbar(check, cancel));
        showAmbiguity();
    }

    /** Names a field chosen for several columns, and holds the check until the user picks one. */
    private void showAmbiguity() {
        Map<Field, List<String>> chosen = new EnumMap<>(Field.class);
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i).getValue();
            if (f != null && f != Field.IGNORE) {
                chosen.computeIfAbsent(f, k -> new ArrayList<>()).add(fields.get(i).getId().orElse("")
                        .substring("import-map-".length()));
            }
        }
        String text = chosen.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> getTranslation("import.mapping.ambiguous", getTranslation("ImportField." + e.getKey()),
                        String.join(", ", e.getValue())))
                .collect(Collectors.joining(" "));
        warning.setText(text);
        warning.setVisible(!text.isEmpty());
        if (check != null) {
            check.setEnabled(text.isEmpty());
        }
    }

    ListSettings settings() {
        List<Field> mapping = fields.stream().map(s -> s.getValue() == null ? Field.IGNORE : s.getValue()).toList();
        return new ListSettings(mapping, new ListValues(docNumber.getValue().strip(), date.getValue(),
                issuer.getValue() == null ? null : issuer.getValue().id(),
                award.getValue() == null ? null : award.getValue().id(), years.getValue().strip()));
    }
}
