package vn.tdkt.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import jakarta.persistence.OptimisticLockException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.DatabaseUnavailable;

/**
 * Last line of defence: whatever a view did not handle becomes a Vietnamese message for
 * the user and a log line for the administrator, never a stack trace on screen.
 */
class AppErrorHandler implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AppErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        UI ui = UI.getCurrent();
        String message = Notifications.describe(ui, error);
        if (DatabaseUnavailable.is(error)) {
            // Not a bug: one line per failed action, not a stack trace per user while it lasts.
            LOG.warn("Database unavailable in a UI action: {}", error.toString());
        } else if (!isRefusal(error)) {
            LOG.error("Unhandled error in the UI", error);
        }
        if (ui != null) {
            ui.access(() -> Notifications.error(message));
        }
    }

    /**
     * A refusal the user can act on (rule, permission, stale data, a database that is back in a
     * moment), as opposed to a bug: dialogs stay open with what was typed, ready to try again.
     */
    static boolean isRefusal(Throwable error) {
        return find(error, BusinessException.class) != null || find(error, AccessDeniedException.class) != null
                || isConcurrentChange(error) || DatabaseUnavailable.is(error);
    }

    static boolean isConcurrentChange(Throwable error) {
        return find(error, ObjectOptimisticLockingFailureException.class) != null
                || find(error, OptimisticLockException.class) != null;
    }

    static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
