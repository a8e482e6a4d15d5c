package vn.tdkt.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.service.PersistenceConfig;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.security.service.SessionService;
import vn.tdkt.security.service.SessionService.SessionRecord;

/**
 * Who is logged in now on every application node (ASVS V7.4.5): user, name, since when, last
 * request, address, node; the administrator ends a session after confirming, and the trail
 * records it. A short in-memory
 * list (one row per open session), so no lazy paging.
 */
@Route("quan-tri/phien-dang-nhap")
@Menu(title = "nav.sessions", order = 30.5, icon = "vaadin:connect")
@RolesAllowed("ADMIN")
public class SessionsView extends VerticalLayout implements HasDynamicTitle {

    private final SessionService sessions;
    private final Grid<SessionRecord> grid = new Grid<>();
    private final Span count = new Span();

    public SessionsView(SessionService sessions) {
        this.sessions = sessions;
        addClassName("tdkt-view");
        setSizeFull();
        grid.addColumn(SessionRecord::username).setHeader(getTranslation("field.username")).setAutoWidth(true);
        grid.addColumn(SessionRecord::fullName).setHeader(getTranslation("field.fullName")).setAutoWidth(true);
        grid.addColumn(s -> time(s.since())).setHeader(getTranslation("sessions.since")).setAutoWidth(true);
        grid.addColumn(s -> time(s.lastRequest())).setHeader(getTranslation("sessions.lastRequest"))
                .setAutoWidth(true);
        grid.addColumn(SessionRecord::sourceAddress).setHeader(getTranslation("field.sourceAddress"))
                .setAutoWidth(true);
        grid.addColumn(SessionRecord::node).setHeader(getTranslation("sessions.node")).setAutoWidth(true);
        // Frozen to the end: the button stays on screen however many columns (the node) the grid shows.
        grid.addComponentColumn(this::action).setKey("action").setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.setSizeFull();
        Ui.emptyState(grid, "sessions.empty");
        count.setId("sessions-count");
        Button reload = Ui.button("sessions.reload", VaadinIcon.REFRESH, this::refresh);
        reload.setId("sessions-reload");
        add(Ui.toolbar(count, reload), grid);
        refresh();
    }

    private com.vaadin.flow.component.Component action(SessionRecord s) {
        if (s.current()) {
            return new Span(getTranslation("sessions.current"));
        }
        Button end = new Button(getTranslation("sessions.end"), VaadinIcon.SIGN_OUT.create(), e -> Ui.confirm(
                "sessions.end", getTranslation("sessions.endText", s.username(), s.fullName()), "sessions.end",
                () -> {
                    sessions.end(s.key());
                    Notifications.success(getTranslation("sessions.ended", s.username()));
                    refresh();
                }));
        end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        end.setId("session-end-" + s.key());
        return end;
    }

    private void refresh() {
        var live = sessions.active();
        grid.setItems(live);
        count.setText(getTranslation("sessions.count", live.size()));
    }

    private static String time(Instant at) {
        return at == null ? "" : Formats.DATE_TIME.format(at.atZone(PersistenceConfig.ZONE));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.sessions");
    }
}
