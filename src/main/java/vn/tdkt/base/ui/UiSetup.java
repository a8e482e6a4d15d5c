package vn.tdkt.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Per-session set-up: Vietnamese unless the user chose English, and the error handler. */
@Component
class UiSetup implements VaadinServiceInitListener {

    static final String LOCALE_ATTRIBUTE = "tdkt.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> {
            e.getSession().setErrorHandler(new AppErrorHandler());
            e.getSession().setLocale(I18n.VIETNAMESE);
        });
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(chosenLocale(e.getUI().getSession())));
    }

    static Locale chosenLocale(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(LOCALE_ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : I18n.VIETNAMESE;
    }
}
