package vn.tdkt.movement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import vn.tdkt.base.domain.Role;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.ui.DatePickers;
import vn.tdkt.base.ui.EntityDialog;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.document.service.FileService;
import vn.tdkt.document.ui.FileField;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.movement.service.BlocScoringService;
import vn.tdkt.movement.service.MovementService.CriterionRecord;
import vn.tdkt.movement.service.MovementService.MovementDetails;
import vn.tdkt.movement.service.MovementService.TransitionRecord;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.movement.service.RegistrationExport;
import vn.tdkt.movement.service.RegistrationService;
import vn.tdkt.organization.service.BlocService;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.organization.service.UnitService;

/** One movement: its data and lifecycle, registrations of a year, bloc scoring. */
@Route("thi-dua/phong-trao/chi-tiet")
@PermitAll
public class MovementView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final MovementService movements;
    private final RegistrationService registrations;
    private final RegistrationExport export;
    private final BlocScoringService scoring;
    private final BlocService blocs;
    private final UnitService units;
    private final AwardTypeService awardTypes;
    private final FileService files;
    private final Clock clock;
    private final boolean manager = CurrentUser.organiser();
    private MovementDetails movement;

    public MovementView(MovementService movements, RegistrationService registrations, RegistrationExport export,
            BlocScoringService scoring, BlocService blocs, UnitService units, AwardTypeService awardTypes,
            FileService files, Clock clock) {
        this.movements = movements;
        this.registrations = registrations;
        this.export = export;
        this.scoring = scoring;
        this.blocs = blocs;
        this.units = units;
        this.awardTypes = awardTypes;
        this.files = files;
        this.clock = clock;
        addClassName("tdkt-view");
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(movements.get(id));
    }

    private void show(MovementDetails details) {
        movement = details;
        removeAll();
        H2 title = new H2(details.name());
        title.setId("movement-title");
        Span status = new Span(getTranslation("MovementStatus." + details.status()));
        status.setId("movement-status");
        status.getElement().getThemeList().add("badge");
        status.getStyle().set("font-weight", "600").set("color", "var(--lumo-primary-text-color)");
        HorizontalLayout header = new HorizontalLayout(title, status);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout actions = new HorizontalLayout();
        if (manager) {
            if (details.editable()) {
                Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(), e ->
                        MovementEditor.open(movement, movements, units, awardTypes, files, clock, this::show));
                edit.setId("movement-edit");
                actions.add(edit);
            }
            details.next().stream().sorted().forEach(to -> {
                Button step = new Button(getTranslation("movements.to." + to), VaadinIcon.ARROW_RIGHT.create(),
                        e -> openTransition(to));
                step.setId("movement-to-" + to.name().toLowerCase(java.util.Locale.ROOT));
                if (to != MovementStatus.MID_REVIEW) {
                    step.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
                actions.add(step);
            });
        }
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("movements.tab.info"), info(details));
        if (manager || CurrentUser.hasRole(Role.COUNCIL_MEMBER)) {
            tabs.add(getTranslation("movements.tab.registration"),
                    new RegistrationPanel(details, registrations, export, clock, manager));
            tabs.add(getTranslation("movements.tab.scoring"),
                    new ScoringPanel(details, scoring, blocs, files, clock, manager));
        }
        add(header, actions, tabs);
    }

    private Component info(MovementDetails d) {
        VerticalLayout info = new VerticalLayout();
        info.setPadding(false);
        if (d.slogan() != null && !d.slogan().isBlank()) {
            Span slogan = new Span("“" + d.slogan() + "”");
            slogan.getStyle().set("font-style", "italic");
            info.add(slogan);
        }
        info.add(line("field.movementKind", getTranslation("MovementKind." + d.kind())),
                line("field.launchingUnit", d.launchingUnit()),
                line("field.launchDocument", (d.launchDocNumber() == null ? "—" : d.launchDocNumber())
                        + (d.launchDocDate() == null ? "" : ", " + Formats.longDate(d.launchDocDate()))),
                line("field.period", Formats.date(d.periodFrom()) + " – " + Formats.date(d.periodTo())),
                line("field.targetGroups", d.targetGroups()),
                line("field.scope", d.scope().stream().map(UnitOption::fullName).collect(Collectors.joining("; "))),
                line("field.awards", d.awards().stream().map(AwardTypeRecord::name).collect(Collectors.joining("; "))));
        if (d.plan() != null) {
            info.add(new Div(new Span(getTranslation("field.plan") + ": "), FileField.FileLinks.link(files, d.plan())));
        }
        info.add(new H3(getTranslation("movements.criteria", d.maxScore())));
        Grid<CriterionRecord> criteria = new Grid<>();
        criteria.addColumn(CriterionRecord::name).setHeader(getTranslation("field.criterion")).setFlexGrow(1);
        criteria.addColumn(CriterionRecord::maxPoints).setHeader(getTranslation("field.maxPoints")).setAutoWidth(true)
                .setFlexGrow(0);
        criteria.setItems(d.criteria());
        criteria.setAllRowsVisible(true);
        Ui.emptyState(criteria, "movements.noCriteria");
        info.add(criteria, new H3(getTranslation("movements.history")));
        Grid<TransitionRecord> history = new Grid<>();
        history.addColumn(t -> Formats.date(t.on())).setHeader(getTranslation("field.date")).setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(t -> getTranslation("MovementStatus." + t.from()) + " → "
                + getTranslation("MovementStatus." + t.to())).setHeader(getTranslation("field.step")).setAutoWidth(true);
        history.addColumn(TransitionRecord::by).setHeader(getTranslation("field.username")).setAutoWidth(true);
        history.addColumn(TransitionRecord::note).setHeader(getTranslation("field.note")).setFlexGrow(1);
        history.addComponentColumn(t -> t.report() == null ? new Span() : FileField.FileLinks.link(files, t.report()))
                .setHeader(getTranslation("field.report")).setAutoWidth(true);
        history.setItems(d.transitions());
        history.setAllRowsVisible(true);
        Ui.emptyState(history, "movements.noHistory");
        info.add(history);
        return info;
    }

    private void openTransition(MovementStatus to) {
        DatePicker date = DatePickers.create(getTranslation("field.date"), LocalDate.now(clock));
        date.setId("transition-date");
        TextArea note = new TextArea(getTranslation("field.note"));
        FileField report = new FileField(files, getTranslation("field.report"));
        EntityDialog dialog = new EntityDialog(getTranslation("movements.to." + to), () -> {
            MovementDetails next = movements.transition(movement.id(), movement.version(), to, date.getValue(),
                    note.getValue(), report.getValue());
            Notifications.success(getTranslation("movements.statusChanged",
                    getTranslation("MovementStatus." + next.status())));
            show(next);
        });
        dialog.field("happenedOn", date);
        dialog.wideField("note", note);
        dialog.wideField("report", report);
        dialog.open();
    }

    private Div line(String key, String value) {
        Span label = new Span(getTranslation(key) + ": ");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return new Div(label, new Span(value == null || value.isBlank() ? "—" : value));
    }

    @Override
    public String getPageTitle() {
        return movement == null ? getTranslation("nav.movements") : movement.name();
    }
}
