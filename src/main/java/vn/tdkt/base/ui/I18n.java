package vn.tdkt.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * All user-visible text: {@code messages_vi.properties} (Vietnamese, the default) and
 * {@code messages.properties} (English). No fallback to the JVM locale, so a server started
 * with an English locale still shows Vietnamese by default.
 */
@Component
public class I18n implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.of("vi", "VN");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final Logger LOG = LoggerFactory.getLogger(I18n.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(VIETNAMESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = pattern(key, locale);
        if (pattern == null) {
            LOG.warn("Missing translation {} for {}", key, locale);
            return "!" + key + "!";
        }
        if (params.length == 0) {
            return pattern;
        }
        // Whole numbers are years, counts and ids here: "2026", not "2.026". Money and
        // coefficients are formatted by Formats before they reach a message.
        Object[] args = java.util.Arrays.stream(params)
                .map(p -> p instanceof Integer || p instanceof Long ? p.toString() : p)
                .toArray();
        return new MessageFormat(pattern, locale).format(args);
    }

    public boolean has(String key, Locale locale) {
        return pattern(key, locale) != null;
    }

    private static String pattern(String key, Locale locale) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english ? ResourceBundle.getBundle("messages", Locale.ROOT, NO_FALLBACK)
                : ResourceBundle.getBundle("messages", VIETNAMESE, NO_FALLBACK);
    }
}
