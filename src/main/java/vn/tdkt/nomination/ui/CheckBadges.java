package vn.tdkt.nomination.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import vn.tdkt.nomination.domain.eligibility.Check;
import vn.tdkt.nomination.domain.eligibility.Verdict;

/** How a checklist line and a verdict read: đạt, không đạt, cần xác nhận, chấp nhận vượt. */
final class CheckBadges {

    private CheckBadges() {
    }

    static Span status(Check check, boolean waived) {
        UI ui = UI.getCurrent();
        String key = waived ? "check.waived" : check.warns() ? "check.warning" : "CheckStatus." + check.status();
        Span badge = new Span(ui.getTranslation(key));
        badge.getElement().getThemeList().add(waived ? "badge contrast" : switch (check.status()) {
            case PASSED -> "badge success";
            case FAILED -> check.blocks() ? "badge error" : "badge warning";
            case MANUAL -> "badge warning";
        });
        badge.addClassName("check-status");
        return badge;
    }

    static Span verdict(Verdict verdict) {
        Span badge = new Span(verdict == null ? "" : UI.getCurrent().getTranslation("Verdict." + verdict));
        if (verdict != null) {
            badge.getElement().getThemeList().add(switch (verdict) {
                case ELIGIBLE -> "badge success";
                case NEEDS_CONFIRMATION -> "badge warning";
                case BLOCKED -> "badge error";
            });
        }
        return badge;
    }
}
