package vn.tdkt.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.DatabaseUnavailable;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.service.StaleDataException;

/** Toasts, and the translation of service refusals into sentences. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String message) {
        Notification n = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Field names and enum constants in messages are shown by their label. */
    private static Object translateArgument(I18n i18n, Locale locale, Object a) {
        if (a instanceof String s && i18n.has("field." + s, locale)) {
            return i18n.getTranslation("field." + s, locale);
        }
        if (a instanceof Enum<?> e) {
            String key = e.getDeclaringClass().getSimpleName() + "." + e.name();
            return i18n.has(key, locale) ? i18n.getTranslation(key, locale) : e.name();
        }
        return Formats.value(a);
    }

    /** The sentence a user should read for an error, in the UI's language. */
    public static String describe(UI ui, Throwable error) {
        Locale locale = ui == null ? I18n.VIETNAMESE : ui.getLocale();
        I18n i18n = new I18n();
        BusinessException business = AppErrorHandler.find(error, BusinessException.class);
        if (business != null) {
            Object[] args = Arrays.stream(business.getArgs())
                    .map(a -> translateArgument(i18n, locale, a))
                    .toArray();
            return i18n.getTranslation(business.getMessageKey(), locale, args);
        }
        if (DatabaseUnavailable.is(error)) {
            return i18n.getTranslation("error.databaseUnavailable", locale);
        }
        if (AppErrorHandler.isConcurrentChange(error)) {
            return i18n.getTranslation(new StaleDataException().getMessageKey(), locale);
        }
        if (AppErrorHandler.find(error, AccessDeniedException.class) != null) {
            return i18n.getTranslation("error.accessDenied", locale);
        }
        return i18n.getTranslation("error.unexpected", locale);
    }
}
