package vn.tdkt.movement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.tdkt.base.ui.DatePickers;
import vn.tdkt.base.ui.EntityDialog;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.document.service.FileService;
import vn.tdkt.document.ui.FileField;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.movement.service.MovementService.CriterionRecord;
import vn.tdkt.movement.service.MovementService.MovementDetails;
import vn.tdkt.movement.service.MovementService.MovementForm;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.organization.ui.UnitPicker;

/** The form for a draft movement: general data, scope, awards and the criteria table. */
class MovementEditor {

    private MovementEditor() {
    }

    static void open(MovementDetails existing, MovementService movements, UnitService units,
            AwardTypeService awardTypes, FileService files, Clock clock, Consumer<MovementDetails> saved) {
        TextField name = new TextField(t("field.name"));
        name.setId("movement-name");
        name.setRequiredIndicatorVisible(true);
        TextField slogan = new TextField(t("field.slogan"));
        Select<MovementKind> kind = new Select<>();
        kind.setLabel(t("field.movementKind"));
        kind.setItems(MovementKind.values());
        kind.setItemLabelGenerator(k -> t("MovementKind." + k));
        ComboBox<UnitOption> launching = UnitPicker.single(units, t("field.launchingUnit"));
        launching.setId("movement-launching-unit");
        TextField docNumber = new TextField(t("field.launchDocNumber"));
        docNumber.setId("movement-doc-number");
        docNumber.setPlaceholder("05-KH/VPTU");
        DatePicker docDate = DatePickers.create(t("field.launchDocDate"));
        docDate.setId("movement-doc-date");
        FileField plan = new FileField(files, t("field.plan"));
        DatePicker from = DatePickers.create(t("field.periodFrom"));
        from.setId("movement-from");
        DatePicker to = DatePickers.create(t("field.periodTo"));
        to.setId("movement-to");
        TextArea targets = new TextArea(t("field.targetGroups"));
        IntegerField maxScore = new IntegerField(t("field.maxScore"));
        MultiSelectComboBox<UnitOption> scope = UnitPicker.multi(units, t("field.scope"));
        scope.setId("movement-scope");
        scope.setHelperText(t("movements.scopeHelp"));
        MultiSelectComboBox<AwardTypeRecord> awards = new MultiSelectComboBox<>(t("field.awards"));
        awards.setId("movement-awards");
        awards.setItems(Ui.folding(AwardTypeRecord::name),
                awardTypes.search("", null).stream().filter(AwardTypeRecord::active).toList());
        awards.setItemLabelGenerator(AwardTypeRecord::name);
        CriteriaField criteria = new CriteriaField(maxScore);

        if (existing != null) {
            name.setValue(existing.name());
            slogan.setValue(existing.slogan() == null ? "" : existing.slogan());
            kind.setValue(existing.kind());
            launching.setValue(units.option(existing.launchingUnitId()));
            docNumber.setValue(existing.launchDocNumber() == null ? "" : existing.launchDocNumber());
            docDate.setValue(existing.launchDocDate());
            plan.setValue(existing.plan() == null ? null : existing.plan().id());
            from.setValue(existing.periodFrom());
            to.setValue(existing.periodTo());
            targets.setValue(existing.targetGroups() == null ? "" : existing.targetGroups());
            maxScore.setValue(existing.maxScore());
            scope.setValue(java.util.Set.copyOf(existing.scope()));
            awards.setValue(java.util.Set.copyOf(existing.awards()));
            criteria.setValue(existing.criteria());
        } else {
            int year = LocalDate.now(clock).getYear();
            kind.setValue(MovementKind.REGULAR);
            from.setValue(LocalDate.of(year, 1, 1));
            to.setValue(LocalDate.of(year, 12, 31));
            maxScore.setValue(100);
            criteria.setValue(List.of());
        }
        EntityDialog dialog = new EntityDialog(t(existing == null ? "movements.new" : "movements.edit"), () -> {
            MovementDetails result = movements.save(new MovementForm(existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.version(), name.getValue(), slogan.getValue(), kind.getValue(),
                    launching.getValue() == null ? null : launching.getValue().id(), docNumber.getValue(),
                    docDate.getValue(), plan.getValue(), from.getValue(), to.getValue(), targets.getValue(),
                    maxScore.getValue() == null ? 0 : maxScore.getValue(),
                    scope.getValue().stream().map(UnitOption::id).collect(Collectors.toSet()),
                    awards.getValue().stream().map(AwardTypeRecord::id).collect(Collectors.toSet()),
                    criteria.getValue()));
            Notifications.success(t("movements.saved", result.name()));
            saved.accept(result);
        });
        dialog.setWidth("min(60rem, 96vw)");
        dialog.wideField("name", name);
        dialog.wideField("slogan", slogan);
        dialog.field("kind", kind);
        dialog.field("launchingUnit", launching);
        dialog.field("launchDocNumber", docNumber);
        dialog.field("launchDocDate", docDate);
        dialog.field("periodFrom", from);
        dialog.field("periodTo", to);
        dialog.wideField("scope", scope);
        dialog.wideField("awards", awards);
        dialog.wideField("targetGroups", targets);
        dialog.wideField("plan", plan);
        dialog.field("maxScore", maxScore);
        dialog.wideField("criteria", criteria);
        dialog.open();
        name.focus();
    }

    private static String t(String key, Object... args) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key, args);
    }

    /** The criteria table: name and maximum points per row, with the running total. */
    static final class CriteriaField extends CustomField<List<CriterionRecord>> {

        private final VerticalLayout rows = new VerticalLayout();
        private final Span total = new Span();
        private final IntegerField maxScore;
        private final List<Row> entries = new ArrayList<>();

        CriteriaField(IntegerField maxScore) {
            this.maxScore = maxScore;
            setLabel(t("field.criteria"));
            rows.setPadding(false);
            rows.setSpacing(false);
            Button add = new Button(t("movements.addCriterion"), VaadinIcon.PLUS.create(), e -> addRow(null, "", 10));
            add.setId("criterion-add");
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            total.setId("criteria-total");
            maxScore.addValueChangeListener(e -> showTotal());
            HorizontalLayout footer = new HorizontalLayout(add, total);
            footer.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(rows, footer);
        }

        private void addRow(Long id, String name, int points) {
            Row row = new Row(id, name, points);
            entries.add(row);
            rows.add(row.layout);
            showTotal();
        }

        private void showTotal() {
            int sum = entries.stream().mapToInt(r -> r.points.getValue() == null ? 0 : r.points.getValue()).sum();
            int max = maxScore.getValue() == null ? 0 : maxScore.getValue();
            total.setText(t("movements.criteriaTotal", sum, max));
            total.getStyle().set("color", sum == max ? "var(--lumo-success-text-color)"
                    : "var(--lumo-error-text-color)");
            updateValue();
        }

        @Override
        protected List<CriterionRecord> generateModelValue() {
            return entries.stream().map(r -> new CriterionRecord(r.id, r.name.getValue(),
                    r.points.getValue() == null ? 0 : r.points.getValue())).toList();
        }

        @Override
        protected void setPresentationValue(List<CriterionRecord> value) {
            entries.clear();
            rows.removeAll();
            (value == null ? List.<CriterionRecord>of() : value).forEach(c -> addRow(c.id(), c.name(), c.maxPoints()));
            showTotal();
        }

        private final class Row {
            private final Long id;
            private final TextField name = new TextField();
            private final IntegerField points = new IntegerField();
            private final HorizontalLayout layout = new HorizontalLayout();

            Row(Long id, String text, int value) {
                this.id = id;
                name.setValue(text);
                name.setPlaceholder(t("movements.criterionName"));
                name.setWidthFull();
                name.addClassName("criterion-name");
                points.setValue(value);
                points.setWidth("7rem");
                points.setSuffixComponent(new Span(t("movements.points")));
                points.addClassName("criterion-points");
                points.addValueChangeListener(e -> showTotal());
                name.addValueChangeListener(e -> updateValue());
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                    entries.remove(this);
                    rows.remove(layout);
                    showTotal();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(t("action.delete"));
                layout.add(name, points, remove);
                layout.setWidthFull();
                layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            }
        }
    }
}
