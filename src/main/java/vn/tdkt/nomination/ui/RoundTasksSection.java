package vn.tdkt.nomination.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.tdkt.base.ui.HomeSection;
import vn.tdkt.nomination.service.RoundTasksService.Task;
import vn.tdkt.nomination.service.RoundTasksService;

/** "Việc cần làm" on the home page: the award rounds' work for this user, nearest deadline first. */
@org.springframework.stereotype.Component
class RoundTasksSection implements HomeSection {

    private final RoundTasksService tasks;
    private final Clock clock;

    RoundTasksSection(RoundTasksService tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create() {
        List<Task> list = tasks.tasks();
        if (list.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        LocalDate today = LocalDate.now(clock);
        Grid<Task> grid = new Grid<>();
        grid.setId("home-tasks");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(t -> ui.getTranslation("home.task." + t.kind(), t.count()))
                .setHeader(ui.getTranslation("home.task")).setFlexGrow(2);
        grid.addColumn(Task::roundName).setHeader(ui.getTranslation("nav.rounds")).setFlexGrow(2);
        grid.addComponentColumn(t -> RoundBadges.deadline(t.deadline(), today))
                .setHeader(ui.getTranslation("home.deadline")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> ui.navigate(RoundView.class, e.getItem().roundId()));
        VerticalLayout box = new VerticalLayout(new H3(ui.getTranslation("home.tasks")), grid);
        box.setPadding(false);
        return Optional.of(box);
    }
}
