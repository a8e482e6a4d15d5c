package vn.tdkt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.service.AuditService.AuditRecord;
import vn.tdkt.security.service.SessionService.SessionRecord;
import vn.tdkt.security.service.TdktSessionRegistry;
import vn.tdkt.security.ui.SessionsView;
import vn.tdkt.support.KaribuTest;
import vn.tdkt.support.Requests;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.Unique;

class SessionsViewTest extends KaribuTest {

    @Autowired
    TdktSessionRegistry registry;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    AuditService audit;
    @Autowired
    RunAs runAs;

    private String openSession(String username, String address) {
        String id = Unique.code("karibu");
        Requests.from(address, () -> registry.registerNewSession(id, userDetails.loadUserByUsername(username)));
        return id;
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows() {
        Grid<SessionRecord> grid = _get(Grid.class, spec -> { });
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormattedRow(grid, i)).toList();
    }

    @Test
    void the_administrator_sees_who_is_logged_in_and_ends_a_session_after_confirming() {
        String session = openSession("uyvien4", "172.16.4.44");
        login("quantri");

        UI.getCurrent().navigate(SessionsView.class);

        List<String> row = rows().stream().filter(r -> r.get(0).equals("uyvien4")).findFirst().orElseThrow();
        assertThat(row.get(1)).isNotBlank();
        assertThat(row.get(2)).isEqualTo("20/11/2026 09:00");
        assertThat(row.get(4)).isEqualTo("172.16.4.44");
        assertThat(_get(Span.class, spec -> spec.withId("sessions-count")).getText()).startsWith("Đang có ");

        @SuppressWarnings("unchecked")
        Grid<SessionRecord> grid = _get(Grid.class, spec -> { });
        int index = rows().indexOf(row);
        Button end = (Button) GridKt._getCellComponent(grid, index, "action");
        assertThat(end.getText()).isEqualTo("Kết thúc phiên");
        ButtonKt._click(end);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).startsWith("Kết thúc phiên đăng nhập của uyvien4 (");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(registry.getSessionInformation(session).isExpired()).isTrue();
        assertThat(rows()).extracting(r -> r.get(0)).doesNotContain("uyvien4");
        AuditRecord record = audit.search("uyvien4 — 172.16.4.44", PageRequest.of(0, 1,
                Sort.by(Sort.Direction.DESC, "occurredAt", "id"))).getContent().getFirst();
        assertThat(record.action()).isEqualTo("SESSION_END");
        assertThat(record.username()).isEqualTo("quantri");
    }

    @Test
    void a_page_refused_to_a_logged_in_user_is_recorded_in_the_trail_with_its_address() {
        login("thuongtruc");

        UI.getCurrent().navigate(SessionsView.class);

        _assertNone(SessionsView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("access-denied")).getText())
                .isEqualTo(ViewsTest.ACCESS_DENIED_PAGE);
        AuditRecord record = runAs.as("quantri", () -> audit.search("/quan-tri/phien-dang-nhap", PageRequest.of(0, 1,
                Sort.by(Sort.Direction.DESC, "occurredAt", "id"))).getContent().getFirst());
        assertThat(record.action()).isEqualTo("PAGE_DENIED");
        assertThat(record.username()).isEqualTo("thuongtruc");
        assertThat(record.entityType()).isEqualTo("Page");
    }

    @Test
    void an_open_tab_does_not_keep_an_idle_session_alive_with_its_heartbeat() {
        com.vaadin.flow.function.DeploymentConfiguration config = com.vaadin.flow.server.VaadinService.getCurrent()
                .getDeploymentConfiguration();

        // Vaadin closes a UI without user requests for the session timeout although heartbeats arrive.
        assertThat(config.isCloseIdleSessions()).isTrue();
        assertThat(context.getEnvironment().getProperty("server.servlet.session.timeout")).isEqualTo("30m");
        assertThat(context.getEnvironment().getProperty("server.servlet.session.tracking-modes")).isEqualTo("cookie");
    }

    @Test
    void when_vaadin_closes_an_idle_session_the_login_in_the_http_session_is_marked_to_end() {
        login("xem");
        com.vaadin.flow.server.VaadinRequest request = com.vaadin.flow.server.VaadinService.getCurrentRequest();
        com.vaadin.flow.server.WrappedSession http = request.getWrappedSession(false);

        // An anonymous session (e.g. opened after a logout) is left alone ...
        vn.tdkt.security.ui.IdleSessions.markEnded(request);
        assertThat(http.getAttribute(vn.tdkt.security.ui.IdleSessions.ENDED)).isNull();

        // ... a logged-in one is marked, as the session-destroy listener does when Vaadin closes it.
        http.setAttribute(org.springframework.security.web.context.HttpSessionSecurityContextRepository
                .SPRING_SECURITY_CONTEXT_KEY, org.springframework.security.core.context.SecurityContextHolder
                        .getContext());
        vn.tdkt.security.ui.IdleSessions.markEnded(request);
        assertThat(http.getAttribute(vn.tdkt.security.ui.IdleSessions.ENDED)).isEqualTo(Boolean.TRUE);
    }
}
