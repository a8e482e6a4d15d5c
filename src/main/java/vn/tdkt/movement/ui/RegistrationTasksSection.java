package vn.tdkt.movement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import vn.tdkt.base.domain.Role;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.ui.HomeSection;
import vn.tdkt.movement.service.RegistrationService.OpenWindow;
import vn.tdkt.movement.service.RegistrationService;

/** On a unit officer's home page: the registrations open for their unit, nearest deadline first. */
@org.springframework.stereotype.Component
class RegistrationTasksSection implements HomeSection {

    private final RegistrationService registrations;
    private final Clock clock;

    RegistrationTasksSection(RegistrationService registrations, Clock clock) {
        this.registrations = registrations;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> create() {
        Optional<Long> unit = CurrentUser.unitId();
        if (!CurrentUser.hasRole(Role.UNIT_OFFICER) || unit.isEmpty()) {
            return Optional.empty();
        }
        List<OpenWindow> open = registrations.openFor(unit.get());
        if (open.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        LocalDate today = LocalDate.now(clock);
        Grid<OpenWindow> grid = new Grid<>();
        grid.setId("home-registrations");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(w -> ui.getTranslation("home.registration", w.year())).setHeader(ui.getTranslation("home.task"))
                .setFlexGrow(1);
        grid.addColumn(OpenWindow::movementName).setHeader(ui.getTranslation("nav.movements")).setFlexGrow(2);
        grid.addColumn(w -> ui.getTranslation("home.registrationDeadline", Formats.date(w.deadline()),
                ChronoUnit.DAYS.between(today, w.deadline()))).setHeader(ui.getTranslation("home.deadline"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(open);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> ui.navigate(RegistrationView.class));
        VerticalLayout box = new VerticalLayout(new H3(ui.getTranslation("home.registrations")), grid);
        box.setPadding(false);
        return Optional.of(box);
    }
}
