package vn.tdkt.decision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Objects;
import java.util.function.Function;
import vn.tdkt.decision.domain.AwardState;

/** The badge of an award's state (in force, draft, revoked — with the reason as its tooltip). */
public final class AwardStatus {

    private AwardStatus() {
    }

    public static Component badge(AwardState state, String reason) {
        Span badge = new Span(badgeText(state));
        badge.getElement().getThemeList().add(theme(state));
        if (reason != null) {
            badge.setTitle(reason);
        }
        return badge;
    }

    /**
     * The same badge drawn in the browser from the row's data, for long grids: a component per
     * row would keep a server-side component (and its state node) alive for every row in view.
     */
    public static <T> LitRenderer<T> renderer(Function<T, AwardState> state, Function<T, String> reason) {
        return LitRenderer.<T>of("${item.reason"
                + " ? html`<span theme=\"${item.theme}\" title=\"${item.reason}\">${item.text}</span>`"
                + " : html`<span theme=\"${item.theme}\">${item.text}</span>`}")
                .withProperty("theme", t -> theme(state.apply(t)))
                .withProperty("text", t -> badgeText(state.apply(t)))
                .withProperty("reason", t -> Objects.requireNonNullElse(reason.apply(t), ""));
    }

    private static String theme(AwardState state) {
        return state == AwardState.REVOKED ? "badge error"
                : state == AwardState.DRAFT ? "badge contrast" : "badge success";
    }

    private static String badgeText(AwardState state) {
        return UI.getCurrent().getTranslation("AwardState." + state);
    }
}
