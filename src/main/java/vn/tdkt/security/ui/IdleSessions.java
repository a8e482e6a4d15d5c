package vn.tdkt.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Makes Vaadin's idle timeout a logout. With {@code vaadin.closeIdleSessions} Vaadin closes a
 * session whose UIs had no user request for the session timeout, although the open tab's
 * heartbeat kept the HTTP session alive; but it only takes its own state out of the HTTP
 * session, which still holds the login. So the HTTP session is marked here, and
 * {@link SessionSecurity.LifetimeFilter} invalidates it at its next request (the next
 * heartbeat at the latest): the tab reloads into the login page.
 */
@Component
public class IdleSessions implements VaadinServiceInitListener {

    public static final String ENDED = "tdkt.session.vaadinClosed";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(e -> markEnded(VaadinService.getCurrentRequest()));
    }

    /**
     * Marks the logged-in HTTP session of {@code request}; not one already gone (logout, timeout),
     * nor an anonymous one that a logout's request may have opened after it.
     */
    public static void markEnded(VaadinRequest request) {
        WrappedSession session = request == null ? null : request.getWrappedSession(false);
        if (session == null) {
            return;
        }
        try {
            if (session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null) {
                session.setAttribute(ENDED, Boolean.TRUE);
            }
        } catch (IllegalStateException alreadyInvalidated) {
            // Nothing to end: the HTTP session ended first.
        }
    }
}
