package vn.tdkt.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.security.service.UserService;

/** The user's own account: change the password. */
@Route("tai-khoan")
@Menu(title = "nav.account", order = 1, icon = "vaadin:key")
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    public AccountView(UserService users) {
        addClassName("tdkt-view");
        PasswordField current = new PasswordField(getTranslation("field.currentPassword"));
        current.setId("account-current");
        PasswordField next = new PasswordField(getTranslation("field.newPassword"));
        next.setId("account-new");
        next.setHelperText(getTranslation("users.passwordHelp"));
        PasswordField repeat = new PasswordField(getTranslation("field.repeatPassword"));
        repeat.setId("account-repeat");
        // A passphrase of up to 128 characters; the old password may be of any length it had.
        int maxLength = users.passwordRule().maxLength();
        next.setMaxLength(maxLength);
        repeat.setMaxLength(maxLength);
        Button save = new Button(getTranslation("account.change"), e -> {
            current.setInvalid(false);
            next.setInvalid(false);
            repeat.setInvalid(false);
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("error.user.passwordsDiffer"));
                repeat.setInvalid(true);
                return;
            }
            try {
                users.changeOwnPassword(current.getValue(), next.getValue());
                current.clear();
                next.clear();
                repeat.clear();
                Notifications.success(getTranslation("account.changed"));
            } catch (BusinessException refusal) {
                PasswordField field = "currentPassword".equals(refusal.getField()) ? current : next;
                field.setErrorMessage(Notifications.describe(getUI().orElse(null), refusal));
                field.setInvalid(true);
            }
        });
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, next, repeat);
        form.setMaxWidth("28rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H3(getTranslation("account.password")), new Paragraph(getTranslation("account.hint")), form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.account");
    }
}
