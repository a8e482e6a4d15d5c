package vn.tdkt.audit.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.audit.service.AuditService.AuditRecord;
import vn.tdkt.base.service.Formats;

/**
 * How an audit record reads on screen: the action and the kind of record in words
 * ({@code audit.action.*}, {@code audit.entity.*}), and a summary whose dates and sums written
 * before the trail spoke Vietnamese ({@code 2026-07-01}, {@code 7590000 đ}) read as today's do.
 */
public final class AuditLabels {

    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern RAW_MONEY = Pattern.compile("(?<![\\d.,])(\\d{4,})(?:\\.0+)? đ(?![\\p{L}\\p{N}])");

    private AuditLabels() {
    }

    public static String action(Component c, AuditRecord r) {
        return c.getTranslation("audit.action." + r.action());
    }

    /** "Quyết định khen thưởng", not "AwardDecision #16": the summary names which one. */
    public static String record(Component c, AuditRecord r) {
        return r.entityType() == null ? "" : c.getTranslation("audit.entity." + r.entityType());
    }

    public static String summary(AuditRecord r) {
        if (r.summary() == null) {
            return "";
        }
        String text = ISO_DATE.matcher(r.summary()).replaceAll("$3/$2/$1");
        Matcher money = RAW_MONEY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (money.find()) {
            money.appendReplacement(out, Matcher.quoteReplacement(Formats.money(new BigDecimal(money.group(1)))));
        }
        money.appendTail(out);
        return out.toString();
    }
}
