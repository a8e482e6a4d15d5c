package vn.tdkt.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import java.time.format.DateTimeFormatter;
import vn.tdkt.base.service.PersistenceConfig;
import vn.tdkt.security.service.LoginThrottledException;
import vn.tdkt.security.service.LoginUnavailableException;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final LoginForm login = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    public LoginView() {
        addClassName("tdkt-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        H1 brand = new H1(getTranslation("app.shortName"));
        brand.addClassName("tdkt-brand");
        brand.getStyle().set("font-size", "2.5rem");
        Paragraph subtitle = new Paragraph(getTranslation("app.name"));
        Paragraph hint = new Paragraph(getTranslation("login.hint"));
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(brand, subtitle, login, hint);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        // A wrong password reads the same for an unknown, a disabled or any other account; the
        // disabled state is told only after the right password (LoginGuard checks it last).
        Object reason = lastAuthenticationError();
        if (reason instanceof LoginThrottledException throttled) {
            i18n.getErrorMessage().setMessage(getTranslation("login.error.throttled",
                    TIME.format(throttled.getUntil().atZone(PersistenceConfig.ZONE))));
        } else if (reason instanceof LoginUnavailableException) {
            i18n.getErrorMessage().setMessage(getTranslation("login.error.unavailable"));
        } else if (reason instanceof DisabledException) {
            i18n.getErrorMessage().setMessage(getTranslation("login.error.disabled"));
        } else {
            i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        }
        login.setI18n(i18n);
        login.setError(true);
    }

    private static Object lastAuthenticationError() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return null;
        }
        return session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " — " + getTranslation("app.shortName");
    }
}
