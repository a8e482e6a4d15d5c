package vn.tdkt.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.tdkt.base.ui.EntityDialog;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.organization.service.PositionService;
import vn.tdkt.organization.service.PositionService.PositionRecord;
import vn.tdkt.base.domain.Role;
import vn.tdkt.base.service.CurrentUser;

/** Positions (chức vụ) with the rank that orders official lists. A short, fixed list. */
@Route("to-chuc/chuc-vu")
@Menu(title = "nav.positions", order = 13, icon = "vaadin:briefcase")
@PermitAll
public class PositionsView extends VerticalLayout implements HasDynamicTitle {

    private final PositionService positions;
    private final Grid<PositionRecord> grid = new Grid<>();

    public PositionsView(PositionService positions) {
        this.positions = positions;
        addClassName("tdkt-view");
        setSizeFull();
        boolean admin = CurrentUser.hasRole(Role.ADMIN);
        HorizontalLayout toolbar = Ui.toolbar();
        if (admin) {
            toolbar.add(Ui.primary("positions.add", VaadinIcon.PLUS, () -> openEditor(null)));
            grid.addItemClickListener(e -> openEditor(e.getItem()));
        }
        grid.addColumn(PositionRecord::rank).setHeader(getTranslation("field.rank")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PositionRecord::name).setHeader(getTranslation("field.name"));
        grid.addColumn(p -> p.active() ? "" : getTranslation("common.inactive"))
                .setHeader(getTranslation("field.status"));
        Ui.emptyState(grid, "positions.empty");
        grid.setSizeFull();
        add(toolbar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(positions.all());
    }

    private void openEditor(PositionRecord existing) {
        TextField name = new TextField(getTranslation("field.name"));
        IntegerField rank = new IntegerField(getTranslation("field.rank"));
        rank.setHelperText(getTranslation("positions.rankHelp"));
        Checkbox active = new Checkbox(getTranslation("common.active"), true);
        if (existing != null) {
            name.setValue(existing.name());
            rank.setValue(existing.rank());
            active.setValue(existing.active());
        }
        EntityDialog dialog = new EntityDialog(getTranslation("nav.positions"), () -> {
            positions.save(new PositionRecord(existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.version(), name.getValue(),
                    rank.getValue() == null ? 100 : rank.getValue(), active.getValue()));
            Notifications.success(getTranslation("common.saved"));
            refresh();
        });
        dialog.wideField("name", name);
        dialog.field("rank", rank);
        dialog.form().add(active);
        if (existing != null) {
            Button delete = Ui.button("action.delete", VaadinIcon.TRASH, () -> Ui.confirm("positions.deleteTitle",
                    existing.name(), "action.delete", () -> {
                        positions.delete(existing.id(), existing.version());
                        dialog.close();
                        refresh();
                    }));
            dialog.getFooter().addComponentAsFirst(delete);
        }
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.positions");
    }
}
