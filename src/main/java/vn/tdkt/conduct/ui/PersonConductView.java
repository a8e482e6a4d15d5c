package vn.tdkt.conduct.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.ui.DatePickers;
import vn.tdkt.base.ui.EntityDialog;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.conduct.domain.DisciplineForm;
import vn.tdkt.conduct.domain.InitiativeKind;
import vn.tdkt.conduct.domain.InitiativeLevel;
import vn.tdkt.conduct.domain.ProcedureKind;
import vn.tdkt.conduct.service.ConductRecords.DisciplineRecord;
import vn.tdkt.conduct.service.ConductRecords.InitiativeRecord;
import vn.tdkt.conduct.service.ConductRecords.PersonConduct;
import vn.tdkt.conduct.service.ConductRecords.ProcedureRecord;
import vn.tdkt.conduct.service.ConductService;

/**
 * Sáng kiến, kỷ luật: one person's initiatives and research, discipline and pending
 * procedures — what the award criteria ask about. Write buttons follow what the service allows.
 */
@Route("to-chuc/can-bo/ho-so-thi-dua")
// Open to any role: the person themselves reads their own records whatever their role; the
// service refuses everyone else outside the person's unit, the council and the secretary.
@PermitAll
public class PersonConductView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    /** The address of a person's page, for links from features this one may not depend on. */
    public static final String ROUTE = "to-chuc/can-bo/ho-so-thi-dua";

    private final ConductService conduct;
    private final Clock clock;
    private Long personId;
    private PersonConduct data;

    public PersonConductView(ConductService conduct, Clock clock) {
        this.conduct = conduct;
        this.clock = clock;
        addClassName("tdkt-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        personId = id;
        try {
            refresh();
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
        }
    }

    private void refresh() {
        data = conduct.person(personId);
        removeAll();
        add(new H2(getTranslation("conduct.title", data.fullName())));
        Span unit = new Span(data.unitName());
        unit.addClassName("tdkt-secondary");
        Anchor awards = new Anchor("so-khen-thuong/ca-nhan/" + personId, getTranslation("conduct.toAwards"));
        add(new HorizontalLayout(unit, awards));
        add(section("conduct.initiatives", data.initiatives().size(), "add-initiative",
                data.rights().writeInitiatives(), () -> editInitiative(null)), initiatives());
        add(section("conduct.disciplines", data.disciplines().size(), "add-discipline",
                data.rights().writeDiscipline(), () -> editDiscipline(null)), disciplines());
        add(section("conduct.procedures", data.procedures().size(), "add-procedure",
                data.rights().writeDiscipline(), () -> editProcedure(null)), procedures());
    }

    private Component section(String titleKey, int count, String buttonId, boolean canAdd, Runnable add) {
        HorizontalLayout header = Ui.toolbar(new H3(getTranslation(titleKey, count)));
        if (canAdd) {
            Button button = Ui.button("conduct.add", VaadinIcon.PLUS, add);
            button.setId(buttonId);
            header.add(button);
        }
        return header;
    }

    private Grid<InitiativeRecord> initiatives() {
        Grid<InitiativeRecord> grid = grid("conduct-initiatives", "conduct.noInitiatives");
        grid.addColumn(i -> Formats.date(i.recognisedOn())).setHeader(getTranslation("field.recognisedOn"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> getTranslation("InitiativeKind." + i.kind())).setHeader(getTranslation(
                "field.initiativeKind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(InitiativeRecord::title).setHeader(getTranslation("field.title")).setFlexGrow(3);
        grid.addColumn(i -> getTranslation("InitiativeLevel." + i.level())).setHeader(getTranslation("field.level"))
                .setFlexGrow(1);
        grid.addColumn(InitiativeRecord::documentNumber).setHeader(getTranslation("field.documentNumber"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(data.initiatives());
        if (data.rights().writeInitiatives()) {
            grid.addItemClickListener(e -> editInitiative(e.getItem()));
        }
        return grid;
    }

    private Grid<DisciplineRecord> disciplines() {
        LocalDate today = LocalDate.now(clock);
        Grid<DisciplineRecord> grid = grid("conduct-disciplines", "conduct.noDisciplines");
        grid.addColumn(d -> getTranslation("DisciplineForm." + d.form())).setHeader(getTranslation(
                "field.disciplineForm")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> d.decisionNumber() + " — " + Formats.date(d.decisionDate()))
                .setHeader(getTranslation("field.decisionNumber")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> Formats.date(d.effectiveFrom()) + " – " + (d.effectiveTo() == null
                ? getTranslation("conduct.noEnd") : Formats.date(d.effectiveTo())))
                .setHeader(getTranslation("conduct.effect")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> getTranslation(d.inEffectOn(today) ? "conduct.inEffect" : "conduct.ended"))
                .setHeader(getTranslation("field.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DisciplineRecord::reason).setHeader(getTranslation("field.disciplineReason")).setFlexGrow(2);
        grid.setItems(data.disciplines());
        if (data.rights().writeDiscipline()) {
            grid.addItemClickListener(e -> editDiscipline(e.getItem()));
        }
        return grid;
    }

    private Grid<ProcedureRecord> procedures() {
        Grid<ProcedureRecord> grid = grid("conduct-procedures", "conduct.noProcedures");
        grid.addColumn(p -> getTranslation("ProcedureKind." + p.kind())).setHeader(getTranslation(
                "field.procedureKind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Formats.date(p.openedOn())).setHeader(getTranslation("field.openedOn"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.open() ? getTranslation("conduct.pending") : Formats.date(p.closedOn()))
                .setHeader(getTranslation("field.closedOn")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProcedureRecord::note).setHeader(getTranslation("field.note")).setFlexGrow(2);
        grid.setItems(data.procedures());
        if (data.rights().writeDiscipline()) {
            grid.addItemClickListener(e -> editProcedure(e.getItem()));
        }
        return grid;
    }

    private <T> Grid<T> grid(String id, String emptyKey) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        Ui.emptyState(grid, emptyKey);
        return grid;
    }

    private void editInitiative(InitiativeRecord existing) {
        Select<InitiativeKind> kind = select("field.initiativeKind", InitiativeKind.values(), "InitiativeKind.");
        TextField title = new TextField(getTranslation("field.title"));
        Select<InitiativeLevel> level = select("field.level", InitiativeLevel.values(), "InitiativeLevel.");
        DatePicker recognisedOn = DatePickers.create(getTranslation("field.recognisedOn"));
        TextField document = new TextField(getTranslation("field.documentNumber"));
        TextArea note = new TextArea(getTranslation("field.note"));
        if (existing == null) {
            kind.setValue(InitiativeKind.SANG_KIEN);
            level.setValue(InitiativeLevel.CO_SO);
        } else {
            kind.setValue(existing.kind());
            title.setValue(existing.title());
            level.setValue(existing.level());
            recognisedOn.setValue(existing.recognisedOn());
            document.setValue(orEmpty(existing.documentNumber()));
            note.setValue(orEmpty(existing.note()));
        }
        EntityDialog dialog = new EntityDialog(getTranslation("conduct.initiative"), () -> {
            conduct.saveInitiative(new InitiativeRecord(existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.version(), personId, kind.getValue(), title.getValue(),
                    level.getValue(), recognisedOn.getValue(), document.getValue(), note.getValue()));
            saved();
        });
        dialog.field("initiativeKind", kind);
        dialog.field("level", level);
        dialog.wideField("title", title);
        dialog.field("recognisedOn", recognisedOn);
        dialog.field("documentNumber", document);
        dialog.wideField("note", note);
        if (existing != null) {
            deleteButton(dialog, existing.title(), () -> conduct.deleteInitiative(existing.id(), existing.version()));
        }
        dialog.open();
    }

    private void editDiscipline(DisciplineRecord existing) {
        Select<DisciplineForm> form = select("field.disciplineForm", DisciplineForm.values(), "DisciplineForm.");
        TextField number = new TextField(getTranslation("field.decisionNumber"));
        DatePicker decided = DatePickers.create(getTranslation("field.decisionDate"));
        DatePicker from = DatePickers.create(getTranslation("field.effectiveFrom"));
        DatePicker to = DatePickers.create(getTranslation("field.effectiveTo"));
        to.setHelperText(getTranslation("conduct.effectiveToHelp"));
        TextArea reason = new TextArea(getTranslation("field.disciplineReason"));
        if (existing != null) {
            form.setValue(existing.form());
            number.setValue(existing.decisionNumber());
            decided.setValue(existing.decisionDate());
            from.setValue(existing.effectiveFrom());
            to.setValue(existing.effectiveTo());
            reason.setValue(orEmpty(existing.reason()));
        }
        EntityDialog dialog = new EntityDialog(getTranslation("conduct.discipline"), () -> {
            conduct.saveDiscipline(new DisciplineRecord(existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.version(), personId, form.getValue(), number.getValue(),
                    decided.getValue(), from.getValue() == null ? decided.getValue() : from.getValue(),
                    to.getValue(), reason.getValue()));
            saved();
        });
        dialog.field("disciplineForm", form);
        dialog.field("decisionNumber", number);
        dialog.field("decisionDate", decided);
        dialog.field("effectiveFrom", from);
        dialog.field("effectiveTo", to);
        dialog.wideField("disciplineReason", reason);
        if (existing != null) {
            deleteButton(dialog, getTranslation("DisciplineForm." + existing.form()) + " — "
                    + existing.decisionNumber(), () -> conduct.deleteDiscipline(existing.id(), existing.version()));
        }
        dialog.open();
    }

    private void editProcedure(ProcedureRecord existing) {
        Select<ProcedureKind> kind = select("field.procedureKind", ProcedureKind.values(), "ProcedureKind.");
        DatePicker opened = DatePickers.create(getTranslation("field.openedOn"));
        DatePicker closed = DatePickers.create(getTranslation("field.closedOn"));
        closed.setHelperText(getTranslation("conduct.closedOnHelp"));
        TextArea note = new TextArea(getTranslation("field.note"));
        if (existing != null) {
            kind.setValue(existing.kind());
            opened.setValue(existing.openedOn());
            closed.setValue(existing.closedOn());
            note.setValue(orEmpty(existing.note()));
        }
        EntityDialog dialog = new EntityDialog(getTranslation("conduct.procedure"), () -> {
            conduct.saveProcedure(new ProcedureRecord(existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.version(), personId, kind.getValue(), opened.getValue(),
                    closed.getValue(), note.getValue()));
            saved();
        });
        dialog.wideField("procedureKind", kind);
        dialog.field("openedOn", opened);
        dialog.field("closedOn", closed);
        dialog.wideField("note", note);
        if (existing != null) {
            deleteButton(dialog, getTranslation("ProcedureKind." + existing.kind()) + " — "
                    + Formats.date(existing.openedOn()), () -> conduct.deleteProcedure(existing.id(),
                            existing.version()));
        }
        dialog.open();
    }

    private <E extends Enum<E>> Select<E> select(String labelKey, E[] values, String keyPrefix) {
        Select<E> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? "" : getTranslation(keyPrefix + v.name()));
        return select;
    }

    private void deleteButton(EntityDialog dialog, String what, Runnable delete) {
        Button button = Ui.button("action.delete", VaadinIcon.TRASH, () -> Ui.confirm("conduct.deleteTitle", what,
                "action.delete", () -> {
                    delete.run();
                    dialog.close();
                    Notifications.success(getTranslation("conduct.deleted"));
                    refresh();
                }));
        button.setId("dialog-delete");
        dialog.getFooter().addComponentAsFirst(button);
    }

    private void saved() {
        Notifications.success(getTranslation("common.saved"));
        refresh();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String getPageTitle() {
        return data == null ? getTranslation("nav.people") : getTranslation("conduct.title", data.fullName());
    }
}
