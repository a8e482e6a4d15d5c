package vn.tdkt.movement.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.tdkt.base.domain.Role;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.movement.service.MovementService.MovementFilter;
import vn.tdkt.movement.service.MovementService.MovementRow;
import vn.tdkt.movement.service.RegistrationService;
import vn.tdkt.movement.service.RegistrationService.AwardOption;
import vn.tdkt.movement.service.RegistrationService.SheetRow;
import vn.tdkt.movement.service.RegistrationService.UnitSheet;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.organization.ui.UnitPicker;

/**
 * Đăng ký thi đua of one unit: its collective title and one title per person. A unit
 * officer works on their own unit only; each choice is saved at once.
 */
@Route("thi-dua/dang-ky")
@Menu(title = "nav.registration", order = 6, icon = "vaadin:clipboard-check")
@RolesAllowed({"ADMIN", "SECRETARY", "UNIT_OFFICER"})
public class RegistrationView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Deep-link parameters, e.g. from the secretary's completeness list. */
    static final String MOVEMENT_PARAM = "phong-trao";
    static final String UNIT_PARAM = "don-vi";


    private final RegistrationService registrations;
    private final MovementService movements;
    private final UnitService units;
    private final ComboBox<MovementRow> movement = new ComboBox<>();
    private final IntegerField year = new IntegerField();
    private final ComboBox<UnitOption> unit;
    private final VerticalLayout sheetArea = new VerticalLayout();

    public RegistrationView(RegistrationService registrations, MovementService movements, UnitService units,
            Clock clock) {
        this.registrations = registrations;
        this.movements = movements;
        this.units = units;
        addClassName("tdkt-view");
        setSizeFull();
        int thisYear = LocalDate.now(clock).getYear();
        movement.setLabel(getTranslation("nav.movements"));
        movement.setId("registration-movement");
        List<MovementRow> running = movements.page(new MovementFilter("", Set.of(MovementStatus.LAUNCHED,
                MovementStatus.IN_PROGRESS, MovementStatus.MID_REVIEW), 0), 0, 200);
        movement.setItems(Ui.folding(MovementRow::name), running);
        movement.setItemLabelGenerator(MovementRow::name);
        movement.setWidth("30rem");
        year.setLabel(getTranslation("field.year"));
        year.setId("registration-year");
        year.setValue(thisYear);
        year.setStepButtonsVisible(true);
        unit = UnitPicker.single(units, getTranslation("field.unit"));
        unit.setId("registration-unit");
        unit.setWidth("30rem");
        CurrentUser.unitId().ifPresent(id -> unit.setValue(units.option(id)));
        boolean officerOnly = CurrentUser.hasRole(Role.UNIT_OFFICER) && !CurrentUser.hasRole(Role.ADMIN)
                && !CurrentUser.hasRole(Role.SECRETARY);
        unit.setReadOnly(officerOnly);
        movement.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        HorizontalLayout top = Ui.toolbar(movement, year, unit);
        sheetArea.setPadding(false);
        sheetArea.setSizeFull();
        add(top, sheetArea);
        if (running.size() == 1) {
            movement.setValue(running.getFirst());
        }
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        params.getSingleParameter(MOVEMENT_PARAM).flatMap(RegistrationView::number).ifPresent(id -> {
            var details = movements.get(id);
            movement.getListDataView().getItems().filter(m -> m.id().equals(id)).findFirst()
                    .ifPresentOrElse(movement::setValue, () -> movement.setValue(new MovementRow(details.id(),
                            details.name(), details.kind(), details.status(), details.launchingUnit(),
                            details.periodFrom(), details.periodTo())));
        });
        params.getSingleParameter(UNIT_PARAM).flatMap(RegistrationView::number)
                .ifPresent(id -> unit.setValue(units.option(id)));
    }

    private static java.util.Optional<Long> number(String text) {
        try {
            return java.util.Optional.of(Long.valueOf(text));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private void refresh() {
        sheetArea.removeAll();
        if (movement.getValue() == null || unit.getValue() == null || year.getValue() == null) {
            Span hint = new Span(getTranslation("registration.pick"));
            hint.addClassName("tdkt-empty");
            sheetArea.add(hint);
            return;
        }
        try {
            show(registrations.unitSheet(movement.getValue().id(), year.getValue(), unit.getValue().id()));
        } catch (RuntimeException e) {
            Span message = new Span(Notifications.describe(getUI().orElse(null), e));
            message.setId("registration-message");
            message.addClassName("tdkt-empty");
            sheetArea.add(message);
        }
    }

    private void show(UnitSheet sheet) {
        Span window = new Span(sheet.window() == null ? getTranslation("registration.noWindow")
                : getTranslation(sheet.editable() ? "registration.openUntil" : "registration.closedOn",
                        Formats.date(sheet.window().deadline())));
        window.setId("registration-window");
        Select<AwardOption> collective = new Select<>();
        collective.setId("registration-collective");
        collective.setLabel(getTranslation("registration.collectiveTitle", sheet.unitName()));
        collective.setEmptySelectionAllowed(true);
        collective.setEmptySelectionCaption(getTranslation("registration.none"));
        collective.setItems(sheet.collectiveTitles());
        collective.setItemLabelGenerator(a -> a == null ? getTranslation("registration.none") : a.name());
        collective.setWidth("24rem");
        sheet.collectiveTitles().stream().filter(a -> a.id().equals(sheet.collectiveAwardTypeId())).findFirst()
                .ifPresent(collective::setValue);
        collective.setReadOnly(!sheet.editable());
        collective.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(sheet, null, e.getValue());
            }
        });
        HorizontalLayout head = new HorizontalLayout(collective, window);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);

        Grid<SheetRow> people = new Grid<>();
        people.setId("registration-people");
        people.addColumn(SheetRow::fullName).setHeader(getTranslation("field.fullName")).setWidth("16rem")
                .setFlexGrow(1);
        people.addColumn(SheetRow::positionName).setHeader(getTranslation("field.position")).setAutoWidth(true)
                .setFlexGrow(0);
        people.addComponentColumn(row -> {
            Select<AwardOption> title = new Select<>();
            title.setEmptySelectionAllowed(true);
            title.setEmptySelectionCaption(getTranslation("registration.none"));
            title.setItems(sheet.individualTitles());
            title.setItemLabelGenerator(a -> a == null ? getTranslation("registration.none") : a.name());
            sheet.individualTitles().stream().filter(a -> Objects.equals(a.id(), row.awardTypeId())).findFirst()
                    .ifPresent(title::setValue);
            title.setReadOnly(!sheet.editable());
            title.setWidthFull();
            title.addClassName("registration-title");
            title.setId("registration-title-" + row.personId());
            title.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    save(sheet, row.personId(), e.getValue());
                }
            });
            return title;
        }).setHeader(getTranslation("registration.individualTitle")).setWidth("18rem").setFlexGrow(1);
        people.setItems(sheet.people());
        Ui.emptyState(people, "registration.noPeople");
        people.setSizeFull();
        long registered = sheet.people().stream().filter(p -> p.awardTypeId() != null).count();
        Span count = new Span(getTranslation("registration.count", registered, sheet.people().size()));
        count.setId("registration-count");
        sheetArea.add(new H3(sheet.movementName() + " — " + sheet.year()), head, count, people);
    }

    private void save(UnitSheet sheet, Long personId, AwardOption award) {
        Ui.run(() -> {
            registrations.register(sheet.movementId(), sheet.year(), sheet.unitId(), personId,
                    award == null ? null : award.id());
            Notifications.success(getTranslation("registration.saved"));
        });
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.registration");
    }
}
