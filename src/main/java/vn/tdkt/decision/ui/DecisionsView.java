package vn.tdkt.decision.ui;

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
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.decision.domain.DecisionStatus;
import vn.tdkt.decision.service.DecisionRecords.DecisionFilter;
import vn.tdkt.decision.service.DecisionRecords.DecisionRow;
import vn.tdkt.decision.service.DecisionService;

/** Award decisions, newest first; the secretary enters new ones here. */
@Route("so-khen-thuong/quyet-dinh")
@Menu(title = "nav.decisions", order = 21, icon = "vaadin:file-text-o")
@PermitAll
public class DecisionsView extends VerticalLayout implements HasDynamicTitle {

    private final TextField search;
    private final IntegerField year = new IntegerField();
    private final Select<DecisionStatus> status = new Select<>();
    private final Span total = new Span();
    private final CallbackDataProvider<DecisionRow, Void> dataProvider;

    public DecisionsView(DecisionService decisions, DecisionEditor editor) {
        addClassName("tdkt-view");
        setSizeFull();
        search = Ui.searchField("decisions.search", this::refresh);
        year.setPlaceholder(getTranslation("register.year"));
        year.setWidth("8rem");
        year.setClearButtonVisible(true);
        year.addValueChangeListener(e -> refresh());
        status.setEmptySelectionAllowed(true);
        status.setItems(DecisionStatus.values());
        status.setEmptySelectionCaption(getTranslation("decisions.allStatuses"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("decisions.allStatuses")
                : getTranslation("DecisionStatus." + s));
        status.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = Ui.toolbar(search, year, status, total);
        if (CurrentUser.organiser()) {
            Button add = Ui.primary("decisions.add", VaadinIcon.PLUS, () -> editor.open(null,
                    saved -> getUI().ifPresent(ui -> ui.navigate(DecisionView.class, saved.id()))));
            add.setId("decision-add");
            toolbar.add(add);
        }
        Grid<DecisionRow> grid = new Grid<>();
        grid.addComponentColumn(d -> DecisionView.number(d.docNumber(), d.numberWellFormed()))
                .setHeader(getTranslation("register.docNumber")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> Formats.date(d.decisionDate())).setHeader(getTranslation("register.decisionDate"))
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(DecisionRow::issuer).setHeader(getTranslation("register.issuer")).setFlexGrow(2);
        grid.addColumn(d -> d.yearFrom() == d.yearTo() ? String.valueOf(d.yearTo()) : d.yearFrom() + "–" + d.yearTo())
                .setHeader(getTranslation("register.year")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(DecisionRow::awards).setHeader(getTranslation("decisions.recipients")).setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(d -> getTranslation("DecisionStatus." + d.status())).setHeader(getTranslation("field.status"))
                .setAutoWidth(true).setFlexGrow(0);
        dataProvider = new CallbackDataProvider<>(q -> decisions.page(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> {
                    int count = (int) decisions.count(filter());
                    total.setText(getTranslation("decisions.total", count));
                    return count;
                });
        grid.setItems(dataProvider);
        Ui.emptyState(grid, "decisions.empty");
        grid.setSizeFull();
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DecisionView.class, e.getItem().id())));
        add(toolbar, grid);
    }

    private DecisionFilter filter() {
        return new DecisionFilter(search.getValue(), year.getValue() == null ? 0 : year.getValue(), status.getValue());
    }

    private void refresh() {
        dataProvider.refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.decisions");
    }
}
