package vn.tdkt.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import vn.tdkt.base.service.BusinessException;

/**
 * Asks for a text (a comment, a reason, an answer) before a change. The change runs on
 * confirmation; a refusal is shown on the field and the dialog stays open with what was typed.
 */
public final class TextDialog {

    private TextDialog() {
    }

    /** {@code ids}: the text area's id and the confirm button's id. */
    public static void open(String header, String text, String fieldLabel, String confirmLabel, String textId,
            String confirmId, int maxLength, Consumer<String> change) {
        UI ui = UI.getCurrent();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(header);
        dialog.setWidth("min(34rem, 95vw)");
        TextArea input = new TextArea(fieldLabel);
        input.setId(textId);
        input.setWidthFull();
        input.setMaxLength(maxLength);
        dialog.add(new Paragraph(text), input);
        Button cancel = new Button(ui.getTranslation("action.cancel"), e -> dialog.close());
        Button confirm = new Button(confirmLabel, e -> {
            try {
                change.accept(input.getValue());
                dialog.close();
            } catch (BusinessException ex) {
                input.setErrorMessage(Notifications.describe(ui, ex));
                input.setInvalid(true);
            }
        });
        confirm.setId(confirmId);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }
}
