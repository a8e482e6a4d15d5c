package vn.tdkt.movement.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.movement.service.DashboardService;
import vn.tdkt.movement.service.DashboardService.Deadline;
import vn.tdkt.movement.service.DashboardService.MovementProgress;
import vn.tdkt.movement.service.DashboardService.Overview;
import vn.tdkt.movement.service.DashboardService.ScoringStatus;

/** The secretary's view of the current year: movements, registration progress, scoring, deadlines. */
@Route("thi-dua/tong-quan")
@Menu(title = "nav.dashboard", order = 4, icon = "vaadin:dashboard")
@RolesAllowed({"ADMIN", "SECRETARY", "COUNCIL_MEMBER"})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    public DashboardView(DashboardService dashboard) {
        addClassName("tdkt-view");
        Overview overview = dashboard.overview();

        Grid<MovementProgress> movements = new Grid<>();
        movements.setId("dashboard-movements");
        movements.addColumn(p -> p.movement().name()).setHeader(getTranslation("field.name")).setFlexGrow(1);
        movements.addColumn(p -> getTranslation("MovementStatus." + p.movement().status()))
                .setHeader(getTranslation("field.status")).setAutoWidth(true).setFlexGrow(0);
        movements.addColumn(p -> p.unitsRegistered() + " / " + p.units())
                .setHeader(getTranslation("dashboard.unitsRegistered")).setAutoWidth(true).setFlexGrow(0);
        movements.addColumn(p -> p.staffRegistered() + " / " + p.staff())
                .setHeader(getTranslation("dashboard.staffRegistered")).setAutoWidth(true).setFlexGrow(0);
        movements.setItems(overview.movements());
        movements.setAllRowsVisible(true);
        movements.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MovementView.class,
                e.getItem().movement().id())));
        Ui.emptyState(movements, "dashboard.noMovements");

        Grid<Deadline> deadlines = new Grid<>();
        deadlines.setId("dashboard-deadlines");
        deadlines.addColumn(d -> Formats.date(d.deadline())).setHeader(getTranslation("field.deadline"))
                .setAutoWidth(true).setFlexGrow(0);
        deadlines.addColumn(d -> getTranslation("dashboard.daysLeft", d.daysLeft()))
                .setHeader(getTranslation("dashboard.remaining")).setAutoWidth(true).setFlexGrow(0);
        deadlines.addColumn(d -> getTranslation("dashboard.registrationFor", d.year(), d.movementName()))
                .setHeader(getTranslation("field.summary")).setFlexGrow(1);
        deadlines.setItems(overview.deadlines());
        deadlines.setAllRowsVisible(true);
        Ui.emptyState(deadlines, "dashboard.noDeadlines");

        Grid<ScoringStatus> scoring = new Grid<>();
        scoring.setId("dashboard-scoring");
        scoring.addColumn(ScoringStatus::year).setHeader(getTranslation("field.year")).setAutoWidth(true)
                .setFlexGrow(0);
        scoring.addColumn(ScoringStatus::blocName).setHeader(getTranslation("field.bloc")).setFlexGrow(1);
        scoring.addColumn(ScoringStatus::movementName).setHeader(getTranslation("nav.movements")).setFlexGrow(1);
        scoring.addColumn(s -> getTranslation(s.locked() ? "scoring.locked" : "scoring.open"))
                .setHeader(getTranslation("field.status")).setAutoWidth(true).setFlexGrow(0);
        scoring.addColumn(ScoringStatus::proposedUnit).setHeader(getTranslation("dashboard.proposed")).setFlexGrow(1);
        scoring.setItems(overview.scorings());
        scoring.setAllRowsVisible(true);
        Ui.emptyState(scoring, "dashboard.noScoring");

        add(new H3(getTranslation("dashboard.movements", overview.year())), movements,
                new H3(getTranslation("dashboard.deadlines")), deadlines,
                new H3(getTranslation("dashboard.scoring", overview.year() - 1, overview.year())), scoring);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
