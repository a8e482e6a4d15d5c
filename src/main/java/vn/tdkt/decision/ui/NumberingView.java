package vn.tdkt.decision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.ui.DatePickers;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.decision.domain.DocumentKind;
import vn.tdkt.decision.service.NumberingService;
import vn.tdkt.decision.service.NumberingService.NumberingForm;
import vn.tdkt.decision.service.NumberingService.NumberingRecord;
import vn.tdkt.decision.service.NumberingService.TermRecord;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.organization.service.UnitService.UnitOption;

/**
 * Số văn bản của cơ quan: per issuer, how its decisions and submissions are numbered (pattern,
 * by term or by year), the number the next one gets, the last number used (to continue a paper
 * register), and the party-committee terms party-style numbers start again in.
 */
@Route("danh-muc/so-van-ban")
@Menu(title = "nav.numbering", order = 25, icon = "vaadin:list-ol")
@RolesAllowed({"ADMIN", "SECRETARY"})
public class NumberingView extends VerticalLayout {

    private final NumberingService numbering;
    private final Clock clock;
    private final ComboBox<UnitOption> issuer = new ComboBox<>();
    private final Grid<NumberingRecord> numberings = new Grid<>();
    private final Grid<TermRecord> terms = new Grid<>();

    public NumberingView(NumberingService numbering, UnitService units, Clock clock) {
        this.numbering = numbering;
        this.clock = clock;
        addClassName("tdkt-view");
        issuer.setId("numbering-issuer");
        issuer.setLabel(getTranslation("field.issuer"));
        issuer.setItems(Ui.folding(UnitOption::fullName), units.options("", 0, 1000));
        issuer.setItemLabelGenerator(UnitOption::fullName);
        issuer.setWidth("min(36rem, 100%)");
        issuer.addValueChangeListener(e -> refresh());

        numberings.setId("numbering-grid");
        numberings.addColumn(n -> getTranslation("DocumentKind." + n.kind())).setHeader(getTranslation(
                "numbering.kind")).setAutoWidth(true);
        numberings.addColumn(NumberingRecord::pattern).setHeader(getTranslation("numbering.pattern"))
                .setAutoWidth(true);
        numberings.addColumn(n -> getTranslation(n.byTerm() ? "numbering.byTerm" : "numbering.byYear"))
                .setHeader(getTranslation("numbering.period")).setAutoWidth(true);
        numberings.addColumn(n -> n.currentPeriod() == null ? getTranslation("numbering.noTermToday")
                : n.currentPeriod()).setHeader(getTranslation("numbering.currentPeriod")).setAutoWidth(true);
        numberings.addColumn(NumberingRecord::lastNumber).setHeader(getTranslation("numbering.last"))
                .setAutoWidth(true);
        numberings.addColumn(n -> n.nextNumber() == null ? "—" : n.nextNumber())
                .setHeader(getTranslation("numbering.next")).setAutoWidth(true);
        numberings.setAllRowsVisible(true);
        Ui.emptyState(numberings, "numbering.none");

        terms.setId("numbering-terms");
        terms.addColumn(TermRecord::name).setHeader(getTranslation("numbering.termName")).setFlexGrow(1);
        terms.addColumn(t -> Formats.date(t.startsOn())).setHeader(getTranslation("numbering.startsOn"))
                .setAutoWidth(true);
        terms.addColumn(t -> Formats.date(t.endsOn())).setHeader(getTranslation("numbering.endsOn"))
                .setAutoWidth(true);
        terms.addComponentColumn(t -> {
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> Ui.confirm("numbering.deleteTerm",
                    getTranslation("numbering.deleteTermText", t.name()), "action.delete", () -> {
                        numbering.deleteTerm(t.id(), t.version());
                        refresh();
                    }));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("action.delete"));
            return delete;
        }).setAutoWidth(true).setFlexGrow(0);
        terms.setAllRowsVisible(true);
        Ui.emptyState(terms, "numbering.noTerms");

        add(new H2(getTranslation("nav.numbering")), new Paragraph(getTranslation("numbering.help")), issuer,
                new H3(getTranslation("numbering.sequences")), numberings, sequenceForm(),
                new H3(getTranslation("numbering.terms")), terms, termForm());
        numbering.issuers().stream().findFirst().flatMap(id -> units.options("", 0, 1000).stream()
                .filter(u -> u.id().equals(id)).findFirst()).ifPresent(issuer::setValue);
    }

    private HorizontalLayout sequenceForm() {
        Select<DocumentKind> kind = new Select<>();
        kind.setId("numbering-kind");
        kind.setLabel(getTranslation("numbering.kind"));
        kind.setItems(DocumentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("DocumentKind." + k));
        kind.setValue(DocumentKind.DECISION);
        TextField pattern = new TextField(getTranslation("numbering.pattern"));
        pattern.setId("numbering-pattern");
        pattern.setPlaceholder("{n}-QĐ/VPTU");
        pattern.setHelperText(getTranslation("numbering.patternHelp"));
        Button save = Ui.primary("action.save", VaadinIcon.CHECK, () -> Ui.run(() -> {
            NumberingRecord existing = numberings.getListDataView().getItems()
                    .filter(n -> n.kind() == kind.getValue()).findFirst().orElse(null);
            numbering.save(new NumberingForm(existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.version(), issuerId(), kind.getValue(), pattern.getValue()));
            Notifications.success(getTranslation("numbering.saved"));
            refresh();
        }));
        save.setId("numbering-save");
        IntegerField last = new IntegerField(getTranslation("numbering.setLast"));
        last.setId("numbering-last");
        last.setMin(0);
        Button setLast = Ui.button("numbering.setLastAction", VaadinIcon.EDIT, () -> Ui.run(() -> {
            NumberingRecord n = numberings.getListDataView().getItems().filter(r -> r.kind() == kind.getValue())
                    .findFirst().orElseThrow(() -> new vn.tdkt.base.service.BusinessException(
                            "error.numbering.missing", getTranslation("DocumentKind." + kind.getValue()),
                            issuer.getValue().fullName()));
            numbering.setLastNumber(n.id(), n.version(), LocalDate.now(clock),
                    last.getValue() == null ? -1 : last.getValue());
            refresh();
        }));
        setLast.setId("numbering-set-last");
        HorizontalLayout form = new HorizontalLayout(kind, pattern, save, last, setLast);
        form.setAlignItems(Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        return form;
    }

    private HorizontalLayout termForm() {
        TextField name = new TextField(getTranslation("numbering.termName"));
        name.setId("numbering-term-name");
        name.setPlaceholder("Nhiệm kỳ 2025–2030");
        DatePicker from = DatePickers.create(getTranslation("numbering.startsOn"));
        from.setId("numbering-term-from");
        DatePicker to = DatePickers.create(getTranslation("numbering.endsOn"));
        to.setId("numbering-term-to");
        Button add = Ui.primary("numbering.addTerm", VaadinIcon.PLUS, () -> Ui.run(() -> {
            numbering.saveTerm(new TermRecord(null, 0, issuerId(), name.getValue(), from.getValue(), to.getValue()));
            name.clear();
            from.clear();
            to.clear();
            refresh();
        }));
        add.setId("numbering-term-add");
        HorizontalLayout form = new HorizontalLayout(name, from, to, add);
        form.setAlignItems(Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        return form;
    }

    private Long issuerId() {
        return issuer.getValue() == null ? null : issuer.getValue().id();
    }

    private void refresh() {
        if (issuer.getValue() == null) {
            numberings.setItems();
            terms.setItems();
            return;
        }
        numberings.setItems(numbering.numberings(issuer.getValue().id()));
        terms.setItems(numbering.terms(issuer.getValue().id()));
    }
}
