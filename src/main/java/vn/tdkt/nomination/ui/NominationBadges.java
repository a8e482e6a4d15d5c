package vn.tdkt.nomination.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import vn.tdkt.nomination.domain.NominationStatus;

/** The status badge of a nomination, shared by the round page and the nomination page. */
final class NominationBadges {

    private NominationBadges() {
    }

    static Span status(NominationStatus status) {
        Span badge = new Span(UI.getCurrent().getTranslation("NominationStatus." + status));
        badge.getElement().getThemeList().add(switch (status) {
            case DRAFT -> "badge contrast";
            case SUBMITTED -> "badge";
            case RETURNED -> "badge warning";
            case ACCEPTED, PASSED -> "badge success";
            case DECIDED, FORWARDED -> "badge success primary";
            case REJECTED, NOT_PASSED -> "badge error";
        });
        badge.addClassName("nomination-status");
        return badge;
    }
}
