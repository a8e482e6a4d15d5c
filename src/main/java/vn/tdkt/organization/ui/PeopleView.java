package vn.tdkt.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.ui.AuditTrailPanel;
import vn.tdkt.base.domain.Role;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.ui.DatePickers;
import vn.tdkt.base.ui.EntityDialog;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.service.PersonService.AssignmentRecord;
import vn.tdkt.organization.service.PersonService.PersonDetails;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService.PersonForm;
import vn.tdkt.organization.service.PersonService.PersonRecord;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.PersonalData;
import vn.tdkt.organization.service.PositionService.PositionRecord;
import vn.tdkt.organization.service.PositionService;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.organization.service.UnitService;

/**
 * People of the registry, sorted by tên then họ đệm; filters run in the database. Gender, birth
 * year and party membership are columns only for those who may see someone's (the service
 * masks the rest as "—"); a unit officer's list starts at their own unit.
 */
@Route("to-chuc/can-bo")
@Menu(title = "nav.people", order = 11, icon = "vaadin:users")
@PermitAll
public class PeopleView extends VerticalLayout implements HasDynamicTitle {

    /** Shown in a personal column for someone the user may not see the details of. */
    static final String MASKED = "—";

    private final PersonService people;
    private final UnitService units;
    private final PositionService positions;
    private final AuditService audit;
    private final Clock clock;
    private final boolean admin = CurrentUser.hasRole(Role.ADMIN);
    private final Grid<PersonRecord> grid = new Grid<>();
    private final TextField search;
    private final ComboBox<UnitOption> unitFilter;
    private final Checkbox includeInactive = new Checkbox();
    private final Span total = new Span();
    private final CallbackDataProvider<PersonRecord, Void> dataProvider;

    public PeopleView(PersonService people, UnitService units, PositionService positions, AuditService audit,
            Clock clock, PersonalData privacy) {
        this.people = people;
        this.units = units;
        this.positions = positions;
        this.audit = audit;
        this.clock = clock;
        addClassName("tdkt-view");
        setSizeFull();

        search = Ui.searchField("people.search", this::refresh);
        search.setId("person-search");
        unitFilter = UnitPicker.single(units, null);
        unitFilter.setPlaceholder(getTranslation("people.unitFilter"));
        unitFilter.setWidth("24rem");
        PersonalData.Scope scope = privacy.scope();
        if (!scope.everyone() && !scope.unitIds().isEmpty()) {
            CurrentUser.unitId().ifPresent(id -> unitFilter.setValue(units.option(id)));
        }
        unitFilter.addValueChangeListener(e -> refresh());
        includeInactive.setLabel(getTranslation("people.includeInactive"));
        includeInactive.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = Ui.toolbar(search, unitFilter, includeInactive, total);
        if (admin) {
            Button add = Ui.primary("people.add", VaadinIcon.PLUS, () -> openEditor(null));
            add.setId("person-add");
            toolbar.add(add);
        }

        grid.addColumn(PersonRecord::fullName).setHeader(getTranslation("field.fullName")).setWidth("14rem")
                .setFlexGrow(1);
        boolean personal = !scope.noneButOwn();
        if (personal) {
            grid.addColumn(p -> p.gender() == null ? MASKED : getTranslation("gender." + p.gender()))
                    .setHeader(getTranslation("field.gender")).setAutoWidth(true).setFlexGrow(0)
                    .setKey("gender");
            grid.addColumn(p -> p.gender() == null ? MASKED : p.birthYear() == null ? "" : p.birthYear().toString())
                    .setHeader(getTranslation("field.birthYear")).setAutoWidth(true).setFlexGrow(0)
                    .setKey("birthYear");
        }
        grid.addColumn(PersonRecord::positionName).setHeader(getTranslation("field.position")).setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(PersonRecord::unitName).setHeader(getTranslation("field.unit")).setWidth("20rem")
                .setFlexGrow(2).setTooltipGenerator(PersonRecord::unitName);
        if (personal) {
            grid.addColumn(p -> p.partyMember() == null ? MASKED
                    : p.partyMember() ? getTranslation("common.yes") : "")
                    .setHeader(getTranslation("field.partyMember")).setAutoWidth(true).setFlexGrow(0)
                    .setKey("partyMember");
        }
        grid.addColumn(p -> p.active() ? "" : getTranslation("people.left"))
                .setHeader(getTranslation("field.status")).setAutoWidth(true).setFlexGrow(0);
        dataProvider = new CallbackDataProvider<>(
                q -> people.page(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> countAndShow());
        grid.setItems(dataProvider);
        grid.setSizeFull();
        Ui.emptyState(grid, "people.empty");
        grid.addItemClickListener(e -> openDetails(e.getItem().id()));
        add(toolbar, grid);
    }

    private PersonFilter filter() {
        return new PersonFilter(search.getValue(), unitFilter.getValue() == null ? null : unitFilter.getValue().id(),
                includeInactive.getValue());
    }

    private int countAndShow() {
        int count = (int) people.count(filter());
        total.setText(getTranslation("people.total", count));
        return count;
    }

    private void refresh() {
        dataProvider.refreshAll();
    }

    private void openDetails(Long id) {
        PersonDetails d = people.get(id);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(d.fullName());
        dialog.setWidth("min(48rem, 95vw)");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        if (d.gender() != null) {
            Span personalLine = new Span(getTranslation("gender." + d.gender())
                    + (d.birthYear() == null ? "" : " · " + getTranslation("field.birthYear") + " " + d.birthYear())
                    + (Boolean.TRUE.equals(d.partyMember()) ? " · " + getTranslation("field.partyMember") : ""));
            personalLine.setId("person-personal");
            body.add(personalLine);
        }
        body.add(new Span((d.positionName() == null ? "" : d.positionName() + ", ") + d.unitName()));
        if (d.activeTo() != null) {
            Span left = new Span(getTranslation("people.leftOn", Formats.date(d.activeTo())));
            left.addClassName("tdkt-badge-inactive");
            body.add(left);
        }
        Grid<AssignmentRecord> history = new Grid<>();
        history.addColumn(a -> Formats.date(a.from())).setHeader(getTranslation("field.from")).setAutoWidth(true);
        history.addColumn(a -> a.to() == null ? getTranslation("people.now") : Formats.date(a.to()))
                .setHeader(getTranslation("field.to")).setAutoWidth(true);
        history.addColumn(AssignmentRecord::positionName).setHeader(getTranslation("field.position"));
        history.addColumn(AssignmentRecord::unitName).setHeader(getTranslation("field.unit")).setFlexGrow(2);
        history.setItems(d.assignments());
        history.setAllRowsVisible(true);
        body.add(new Span(getTranslation("people.assignments")), history);
        dialog.add(body);
        if (admin) {
            body.add(new AuditTrailPanel(audit, "Person", d.id()));
            Button edit = Ui.button("action.edit", VaadinIcon.EDIT, () -> {
                dialog.close();
                openEditor(d);
            });
            edit.setId("person-edit");
            Button leave = d.activeTo() == null
                    ? Ui.button("people.leave", VaadinIcon.EXIT, () -> openLeave(d, dialog))
                    : Ui.button("people.rejoin", VaadinIcon.REFRESH, () -> Ui.run(() -> {
                        people.rejoin(d.id(), d.version());
                        dialog.close();
                        refresh();
                    }));
            Button delete = Ui.button("action.delete", VaadinIcon.TRASH, () -> Ui.confirm("people.deleteTitle",
                    getTranslation("people.deleteText", d.fullName()), "action.delete", () -> {
                        people.delete(d.id(), d.version());
                        dialog.close();
                        Notifications.success(getTranslation("people.deleted"));
                        refresh();
                    }));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dialog.getFooter().add(delete, leave, edit);
        }
        Button close = new Button(getTranslation("action.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void openLeave(PersonDetails d, Dialog parent) {
        DatePicker date = DatePickers.create(getTranslation("field.activeTo"), LocalDate.now(clock));
        EntityDialog dialog = new EntityDialog(getTranslation("people.leave"), () -> {
            people.leave(d.id(), d.version(), date.getValue());
            parent.close();
            refresh();
        });
        dialog.field("activeTo", date);
        dialog.open();
    }

    private void openEditor(PersonDetails existing) {
        TextField fullName = new TextField(getTranslation("field.fullName"));
        fullName.setId("person-name");
        fullName.setRequiredIndicatorVisible(true);
        fullName.setMaxLength(150);
        Select<Gender> gender = new Select<>();
        gender.setLabel(getTranslation("field.gender"));
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(g -> getTranslation("gender." + g));
        IntegerField birthYear = new IntegerField(getTranslation("field.birthYear"));
        Checkbox partyMember = new Checkbox(getTranslation("field.partyMember"));
        ComboBox<UnitOption> unit = UnitPicker.single(units, getTranslation("field.unit"));
        unit.setId("person-unit");
        unit.setRequiredIndicatorVisible(true);
        ComboBox<PositionRecord> position = new ComboBox<>(getTranslation("field.position"));
        position.setItems(Ui.folding(PositionRecord::name),
                positions.all().stream().filter(PositionRecord::active).toList());
        position.setItemLabelGenerator(PositionRecord::name);
        DatePicker activeFrom = DatePickers.create(getTranslation("field.activeFrom"));
        DatePicker effective = DatePickers.create(getTranslation("field.effectiveDate"), LocalDate.now(clock));
        effective.setHelperText(getTranslation("people.effectiveHelp"));
        effective.setVisible(existing != null);

        if (existing != null) {
            fullName.setValue(existing.fullName());
            gender.setValue(existing.gender());
            birthYear.setValue(existing.birthYear());
            partyMember.setValue(Boolean.TRUE.equals(existing.partyMember()));
            unit.setValue(units.option(existing.unitId()));
            positions.all().stream().filter(p -> p.id().equals(existing.positionId())).findFirst()
                    .ifPresent(position::setValue);
            activeFrom.setValue(existing.activeFrom());
        } else {
            gender.setValue(Gender.MALE);
            unitFilterValue().ifPresent(unit::setValue);
        }
        EntityDialog dialog = new EntityDialog(getTranslation(existing == null ? "people.new" : "people.edit"), () -> {
            PersonForm form = new PersonForm(existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.version(), fullName.getValue(), gender.getValue(),
                    birthYear.getValue(), partyMember.getValue(),
                    unit.getValue() == null ? null : unit.getValue().id(),
                    position.getValue() == null ? null : position.getValue().id(), activeFrom.getValue(),
                    effective.getValue());
            PersonDetails saved = existing == null ? people.create(form) : people.update(form);
            Notifications.success(getTranslation("people.saved", saved.fullName()));
            refresh();
        });
        dialog.wideField("fullName", fullName);
        dialog.field("gender", gender);
        dialog.field("birthYear", birthYear);
        dialog.wideField("unit", unit);
        dialog.field("position", position);
        dialog.field("activeFrom", activeFrom);
        dialog.field("effectiveDate", effective);
        dialog.form().add(partyMember);
        dialog.open();
        fullName.focus();
    }

    private java.util.Optional<UnitOption> unitFilterValue() {
        return java.util.Optional.ofNullable(unitFilter.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.people");
    }
}
