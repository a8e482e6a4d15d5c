package vn.tdkt.decision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import vn.tdkt.decision.domain.AwardState;

/** The badge of an award's state (in force, draft, revoked — with the reason as its tooltip). */
public final class AwardStatus {

    private AwardStatus() {
    }

    public static Component badge(AwardState state, String reason) {
        Span badge = new Span(badgeText(state));
        badge.getElement().getThemeList().add(state == AwardState.REVOKED ? "badge error"
                : state == AwardState.DRAFT ? "badge contrast" : "badge success");
        if (reason != null) {
            badge.setTitle(reason);
        }
        return badge;
    }

    private static String badgeText(AwardState state) {
        return UI.getCurrent().getTranslation("AwardState." + state);
    }
}
