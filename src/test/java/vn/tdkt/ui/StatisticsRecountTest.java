package vn.tdkt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tdkt.history.ui.StatisticsView;
import vn.tdkt.support.KaribuTest;

class StatisticsRecountTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_administrator_recounts_the_statistics_after_asking_and_others_see_no_such_button() {
        login("xem");
        UI.getCurrent().navigate(StatisticsView.class);
        _assertNone(Button.class, spec -> spec.withId("stats-recount"));

        login("quantri");
        UI.getCurrent().navigate(StatisticsView.class);
        String before = _get(Div.class, spec -> spec.withId("stats-summary")).getText();
        // A repair made in the database around the application leaves the kept counts behind.
        jdbc.update("UPDATE dc_award_count SET n = n + 1000 WHERE state = 'ACTIVE' AND award_year = "
                + "(SELECT MAX(award_year) FROM dc_award_count WHERE state = 'ACTIVE')");
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(StatisticsView.class);
        assertThat(_get(Div.class, spec -> spec.withId("stats-summary")).getText()).isNotEqualTo(before);

        _get(Button.class, spec -> spec.withId("stats-recount")).click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(_get(Div.class, spec -> spec.withId("stats-summary")).getText()).isEqualTo(before);
    }
}
