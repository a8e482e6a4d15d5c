package vn.tdkt.movement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.ui.DatePickers;
import vn.tdkt.base.ui.EntityDialog;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.movement.service.MovementService.MovementDetails;
import vn.tdkt.movement.service.RegistrationExport;
import vn.tdkt.movement.service.RegistrationService;
import vn.tdkt.movement.service.RegistrationService.CompletenessRow;
import vn.tdkt.movement.service.RegistrationService.WindowRecord;

/** Registration of a year: the window, who has and has not registered, the xlsx list. */
class RegistrationPanel extends VerticalLayout {

    private final MovementDetails movement;
    private final RegistrationService registrations;
    private final RegistrationExport export;
    private final boolean manager;
    private final Clock clock;
    private final IntegerField year = new IntegerField();
    private final HorizontalLayout windowBar = new HorizontalLayout();
    private final Grid<CompletenessRow> grid = new Grid<>();

    RegistrationPanel(MovementDetails movement, RegistrationService registrations, RegistrationExport export,
            Clock clock, boolean manager) {
        this.movement = movement;
        this.registrations = registrations;
        this.export = export;
        this.manager = manager;
        this.clock = clock;
        setPadding(false);
        setSizeFull();
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("field.year"));
        year.setId("registration-year");
        year.setValue(Math.max(movement.periodFrom().getYear(), Math.min(thisYear, movement.periodTo().getYear())));
        year.setStepButtonsVisible(true);
        year.addValueChangeListener(e -> refresh());
        windowBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout top = new HorizontalLayout(year, windowBar);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.addColumn(CompletenessRow::unitName).setHeader(getTranslation("field.unit")).setFlexGrow(1);
        grid.addColumn(r -> r.collectiveRegistered() ? getTranslation("common.yes") : getTranslation("common.no"))
                .setHeader(getTranslation("registration.collective")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.registered() + " / " + r.staff()).setHeader(getTranslation("registration.people"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.complete() ? "registration.complete" : "registration.incomplete"))
                .setHeader(getTranslation("field.status")).setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(r -> r.complete() ? null : "incomplete");
        grid.setId("completeness");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(RegistrationView.class,
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of(
                        RegistrationView.MOVEMENT_PARAM, String.valueOf(movement.id()),
                        RegistrationView.UNIT_PARAM, String.valueOf(e.getItem().unitId()))))));
        Ui.emptyState(grid, "registration.noUnits");
        grid.setSizeFull();
        add(top, grid);
        refresh();
    }

    private void refresh() {
        int y = year.getValue() == null ? 0 : year.getValue();
        WindowRecord window = registrations.window(movement.id(), y);
        windowBar.removeAll();
        Span state = new Span(window == null ? getTranslation("registration.noWindow")
                : getTranslation(window.acceptingToday() ? "registration.openUntil" : "registration.closedOn",
                        Formats.date(window.deadline())));
        state.setId("registration-window");
        windowBar.add(state);
        if (manager) {
            Button change = new Button(getTranslation(window != null && window.open() ? "registration.close"
                    : "registration.open"), VaadinIcon.CALENDAR_CLOCK.create(), e -> openWindowDialog(y, window));
            change.setId("registration-window-change");
            Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = export.xlsx(movement.id(), y);
                return new DownloadResponse(new ByteArrayInputStream(bytes), "dang-ky-thi-dua-" + y + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.length);
            }), "");
            xlsx.add(new Button(getTranslation("registration.export"), VaadinIcon.DOWNLOAD.create()));
            xlsx.setId("registration-export");
            windowBar.add(change, xlsx);
        }
        grid.setItems(registrations.completeness(movement.id(), y));
    }

    private void openWindowDialog(int y, WindowRecord window) {
        boolean opening = window == null || !window.open();
        LocalDate twoWeeks = LocalDate.now(clock).plusWeeks(2);
        LocalDate suggested = LocalDate.of(y, 1, 31).isAfter(twoWeeks) ? LocalDate.of(y, 1, 31) : twoWeeks;
        DatePicker deadline = DatePickers.create(getTranslation("field.deadline"),
                window == null || window.deadline().isBefore(LocalDate.now(clock)) && opening ? suggested
                        : window.deadline());
        deadline.setId("registration-deadline");
        EntityDialog dialog = new EntityDialog(getTranslation(opening ? "registration.open" : "registration.close"),
                () -> {
                    registrations.setWindow(movement.id(), y, window == null ? 0 : window.version(),
                            deadline.getValue(), opening);
                    Notifications.success(getTranslation(opening ? "registration.opened" : "registration.closed"));
                    refresh();
                });
        dialog.field("deadline", deadline);
        dialog.open();
    }
}
