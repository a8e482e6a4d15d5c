package vn.tdkt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.tdkt.base.ui.HomeView;
import vn.tdkt.nomination.service.RoundTasksService.Task;
import vn.tdkt.nomination.service.RoundTasksService.TaskKind;
import vn.tdkt.support.KaribuTest;

/** The home page shows each user the work that waits for them and their own record. */
class HomeViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private static List<Task> tasks() {
        Grid<Task> grid = _get(Grid.class, spec -> spec.withId("home-tasks"));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    @Test
    void the_officer_sees_the_open_round_and_the_unit_drafts_with_their_deadline() {
        login("canbo.tonghop");
        UI.getCurrent().navigate(HomeView.class);

        assertThat(tasks()).extracting(Task::kind).contains(TaskKind.PROPOSE, TaskKind.FINISH_DRAFTS)
                .doesNotContain(TaskKind.REVIEW);
        assertThat(tasks()).filteredOn(t -> t.kind() == TaskKind.PROPOSE)
                .anySatisfy(t -> assertThat(t.roundName()).isEqualTo("Xét khen thưởng tổng kết năm 2026"));
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("home-unit-record")).getElement().getText())
                .isNotNull();
        // Next year's registration of the "Tham mưu giỏi, phục vụ tốt" movement is open for the unit.
        assertThat(_get(Grid.class, spec -> spec.withId("home-registrations")).getGenericDataView().getItems()
                .map(o -> ((vn.tdkt.movement.service.RegistrationService.OpenWindow) o).year()))
                .contains(2027);
        // The officer's account stands for nobody on the demo staff.
        _assertNone(VerticalLayout.class, spec -> spec.withId("home-own-record"));
    }

    @Test
    void the_secretary_sees_dossiers_to_review_and_her_own_streak() {
        login("thuongtruc");
        UI.getCurrent().navigate(HomeView.class);

        assertThat(tasks()).filteredOn(t -> t.kind() == TaskKind.REVIEW)
                .anySatisfy(t -> assertThat(t.count()).isPositive());
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("home-own-record")))
                .satisfies(box -> assertThat(box.getChildren().map(c -> c.getElement().getText()).toList())
                        .anySatisfy(line -> assertThat(line).startsWith("Chiến sĩ thi đua cơ sở: 3 năm liên tục")));
    }
}
