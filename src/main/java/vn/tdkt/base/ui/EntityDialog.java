package vn.tdkt.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.tdkt.base.service.BusinessException;

/**
 * A modal form: fields registered by the service's field names, Save and Cancel. A refusal
 * from the service marks the named field and shows the message; nothing typed is lost.
 */
public class EntityDialog extends Dialog {

    private final FormLayout form = new FormLayout();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Button save;

    public EntityDialog(String title, Runnable onSave) {
        setHeaderTitle(title);
        setWidth("min(46rem, 95vw)");
        setCloseOnOutsideClick(false);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(form);
        save = new Button(getTranslation("action.save"), e -> trySave(onSave));
        save.setId("dialog-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("dialog-cancel");
        getFooter().add(cancel, save);
    }

    /** Adds a field known to the service under {@code name}. */
    public <C extends Component & HasValidation> C field(String name, C component) {
        fields.put(name, component);
        form.add(component);
        return component;
    }

    public <C extends Component & HasValidation> C wideField(String name, C component) {
        field(name, component);
        form.setColspan(component, 2);
        return component;
    }

    /** Adds content below the form, e.g. read-only history. */
    public void addBelow(Component... components) {
        add(components);
    }

    public FormLayout form() {
        return form;
    }

    private void trySave(Runnable onSave) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        try {
            onSave.run();
            close();
        } catch (RuntimeException e) {
            String message = Notifications.describe(UI.getCurrent(), e);
            BusinessException business = AppErrorHandler.find(e, BusinessException.class);
            HasValidation field = business == null || business.getField() == null ? null
                    : fields.get(business.getField());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            if (!AppErrorHandler.isRefusal(e)) {
                throw e;
            }
            Notifications.error(message);
        }
    }
}
