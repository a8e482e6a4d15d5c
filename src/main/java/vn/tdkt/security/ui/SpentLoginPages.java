package vn.tdkt.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Closes the login page's UI once the user has logged in and the application opens for them.
 * The login form posts outside Vaadin and the browser leaves the page, so that UI will never be
 * used again; left alone it would sit in the session, component tree and all, until three
 * heartbeats are missed (a quarter of an hour), for every user who logged in.
 */
@Component
class SpentLoginPages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request == null || request.getUserPrincipal() == null) {
                return;
            }
            List<UI> spent = e.getUI().getSession().getUIs().stream()
                    .filter(ui -> ui != e.getUI() && showsLogin(ui)).toList();
            spent.forEach(UI::close);
        });
    }

    /** A UI that has not navigated yet (another tab opening) shows nothing, rather than failing. */
    private static boolean showsLogin(UI ui) {
        List<?> chain = ui.getInternals().getActiveRouterTargetsChain();
        return !chain.isEmpty() && chain.getFirst() instanceof LoginView;
    }
}
