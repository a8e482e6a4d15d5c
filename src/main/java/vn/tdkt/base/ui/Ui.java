package vn.tdkt.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** Small builders that keep every view looking and behaving the same. */
public final class Ui {

    private Ui() {
    }

    /** A toolbar row: filters on the left, actions on the right. */
    public static HorizontalLayout toolbar(Component... components) {
        HorizontalLayout bar = new HorizontalLayout(components);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    public static TextField searchField(String placeholderKey, Runnable onChange) {
        TextField search = new TextField();
        search.setPlaceholder(UI.getCurrent().getTranslation(placeholderKey));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22rem");
        search.addValueChangeListener(e -> onChange.run());
        return search;
    }

    public static Button primary(String labelKey, VaadinIcon icon, Runnable action) {
        Button button = new Button(UI.getCurrent().getTranslation(labelKey), icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    public static Button button(String labelKey, VaadinIcon icon, Runnable action) {
        return new Button(UI.getCurrent().getTranslation(labelKey), icon.create(), e -> action.run());
    }

    /** Asks before a destructive action; the action runs only on confirmation. */
    public static void confirm(String headerKey, String text, String confirmKey, Runnable action) {
        UI ui = UI.getCurrent();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(ui.getTranslation(headerKey));
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("action.cancel"));
        dialog.setConfirmText(ui.getTranslation(confirmKey));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> run(action));
        dialog.open();
    }

    /** Runs a service call from a button; refusals become a message instead of an error page. */
    public static void run(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            if (!AppErrorHandler.isRefusal(e)) {
                throw e;
            }
            Notifications.error(Notifications.describe(UI.getCurrent(), e));
        }
    }

    /** Accent-insensitive, any-word-order matching for combo boxes filled in memory. */
    public static <T> com.vaadin.flow.component.combobox.ComboBox.ItemFilter<T> folding(
            java.util.function.Function<T, String> label) {
        return (item, filter) -> vn.tdkt.base.domain.VietnameseText.matchesAllWords(
                vn.tdkt.base.domain.VietnameseText.fold(label.apply(item)), filter);
    }

    public static <T> void emptyState(Grid<T> grid, String key) {
        grid.setEmptyStateText(UI.getCurrent().getTranslation(key));
    }

    /** Vietnamese (or English) texts for an upload, which otherwise speaks English only. */
    public static com.vaadin.flow.component.upload.UploadI18N uploadI18n() {
        UI ui = UI.getCurrent();
        com.vaadin.flow.component.upload.UploadI18N i18n = new com.vaadin.flow.component.upload.UploadI18N();
        i18n.setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles()
                .setOne(ui.getTranslation("upload.addOne")).setMany(ui.getTranslation("upload.addMany")));
        i18n.setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles()
                .setOne(ui.getTranslation("upload.dropOne")).setMany(ui.getTranslation("upload.dropMany")));
        i18n.setError(new com.vaadin.flow.component.upload.UploadI18N.Error()
                .setTooManyFiles(ui.getTranslation("upload.tooMany"))
                .setFileIsTooBig(ui.getTranslation("upload.tooBig"))
                .setIncorrectFileType(ui.getTranslation("upload.wrongType")));
        return i18n;
    }

    /** "position, unit" with whichever part is missing left out. */
    public static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second == null ? "" : second;
        }
        return second == null || second.isBlank() ? first : first + ", " + second;
    }

    /**
     * A grid of a page that scrolls (several grids one below another): it keeps its own height
     * (all its rows, or the height it was given) instead of shrinking to fit the window.
     */
    public static <T> Grid<T> keepHeight(Grid<T> grid) {
        grid.getStyle().set("flex-shrink", "0");
        return grid;
    }
}
