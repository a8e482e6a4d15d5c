package vn.tdkt.movement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Set;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.document.service.FileService;
import vn.tdkt.movement.domain.MovementStatus;
import vn.tdkt.movement.service.MovementService.MovementFilter;
import vn.tdkt.movement.service.MovementService.MovementRow;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.organization.service.UnitService;

/** All emulation movements, filtered in the database; the secretary starts new ones here. */
@Route("thi-dua/phong-trao")
@Menu(title = "nav.movements", order = 5, icon = "vaadin:flag")
@PermitAll
public class MovementsView extends VerticalLayout implements HasDynamicTitle {

    private final MovementService movements;
    private final TextField search;
    private final Select<MovementStatus> status = new Select<>();
    private final IntegerField year = new IntegerField();
    private final Span total = new Span();
    private final CallbackDataProvider<MovementRow, Void> dataProvider;

    public MovementsView(MovementService movements, UnitService units, AwardTypeService awardTypes,
            FileService files, Clock clock) {
        this.movements = movements;
        addClassName("tdkt-view");
        setSizeFull();
        search = Ui.searchField("movements.search", this::refresh);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("movements.allStatuses"));
        status.setItems(MovementStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("movements.allStatuses")
                : getTranslation("MovementStatus." + s));
        status.addValueChangeListener(e -> refresh());
        year.setPlaceholder(getTranslation("field.year"));
        year.setWidth("8rem");
        year.setClearButtonVisible(true);
        year.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = Ui.toolbar(search, status, year, total);
        if (CurrentUser.organiser()) {
            Button add = Ui.primary("movements.add", VaadinIcon.PLUS, () -> MovementEditor.open(null, movements,
                    units, awardTypes, files, clock, saved -> open(saved.id())));
            add.setId("movement-add");
            toolbar.add(add);
        }
        Grid<MovementRow> grid = new Grid<>();
        grid.addColumn(MovementRow::name).setHeader(getTranslation("field.name")).setWidth("22rem").setFlexGrow(2);
        grid.addColumn(m -> getTranslation("MovementKind." + m.kind())).setHeader(getTranslation("field.movementKind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> getTranslation("MovementStatus." + m.status())).setHeader(getTranslation("field.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> Formats.date(m.periodFrom()) + " – " + Formats.date(m.periodTo()))
                .setHeader(getTranslation("field.period")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MovementRow::launchingUnit).setHeader(getTranslation("field.launchingUnit")).setFlexGrow(1);
        dataProvider = new CallbackDataProvider<>(q -> movements.page(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> {
                    int count = (int) movements.count(filter());
                    total.setText(getTranslation("movements.total", count));
                    return count;
                });
        grid.setItems(dataProvider);
        Ui.emptyState(grid, "movements.empty");
        grid.setSizeFull();
        grid.addItemClickListener(e -> open(e.getItem().id()));
        add(toolbar, grid);
    }

    private MovementFilter filter() {
        return new MovementFilter(search.getValue(), status.getValue() == null ? Set.of() : Set.of(status.getValue()),
                year.getValue() == null ? 0 : year.getValue());
    }

    private void refresh() {
        dataProvider.refreshAll();
    }

    private void open(Long id) {
        getUI().ifPresent(ui -> ui.navigate(MovementView.class, id));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.movements");
    }
}
