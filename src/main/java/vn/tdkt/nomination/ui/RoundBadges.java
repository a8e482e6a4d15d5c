package vn.tdkt.nomination.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.tdkt.base.service.Formats;
import vn.tdkt.nomination.domain.RoundStatus;

/** The status badge and the "days left" text shared by the list and the round page. */
final class RoundBadges {

    private RoundBadges() {
    }

    static Span status(RoundStatus status) {
        Span badge = new Span(UI.getCurrent().getTranslation("RoundStatus." + status));
        badge.getElement().getThemeList().add(switch (status) {
            case OPEN -> "badge success";
            case REVIEWING, PUBLISHED, AT_COUNCIL -> "badge";
            case DECIDED, CLOSED -> "badge contrast";
        });
        badge.addClassName("round-status");
        return badge;
    }

    /** "20/12/2026 (còn 30 ngày)"; red once the day has passed. */
    static Span deadline(LocalDate deadline, LocalDate today) {
        if (deadline == null) {
            return new Span("—");
        }
        UI ui = UI.getCurrent();
        long days = ChronoUnit.DAYS.between(today, deadline);
        String left = days > 0 ? ui.getTranslation("rounds.daysLeft", days)
                : days == 0 ? ui.getTranslation("rounds.dueToday") : ui.getTranslation("rounds.overdue", -days);
        Span text = new Span(Formats.date(deadline) + " (" + left + ")");
        if (days < 0) {
            text.getStyle().set("color", "var(--lumo-error-text-color)");
        } else if (days <= 3) {
            text.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-primary-text-color))");
        }
        return text;
    }
}
