package vn.tdkt.decision.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import vn.tdkt.base.service.Formats;

/**
 * One revocation as people read it wherever the award is shown (decision page, a person's and
 * a unit's awards): whose award, when, why, on which legal ground and who revoked it.
 */
public final class RevocationNote {

    private RevocationNote() {
    }

    public static String text(String recipient, String award, LocalDate on, String reason, String ground,
            String by) {
        UI ui = UI.getCurrent();
        String what = recipient == null ? award : award == null ? recipient : recipient + " — " + award;
        return ui.getTranslation("revocation.line", what, Formats.date(on), reason == null ? "" : reason,
                ground == null || ground.isBlank() ? ui.getTranslation("revocation.noGround") : ground,
                by == null || by.isBlank() ? ui.getTranslation("revocation.unknownBy") : by);
    }

    public static Div line(String recipient, String award, LocalDate on, String reason, String ground, String by) {
        Div line = new Div(text(recipient, award, on, reason, ground, by));
        line.addClassName("tdkt-revocation");
        return line;
    }
}
