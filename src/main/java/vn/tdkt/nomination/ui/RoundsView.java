package vn.tdkt.nomination.ui;

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
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.nomination.domain.RoundStatus;
import vn.tdkt.nomination.service.AwardRoundService.RoundFilter;
import vn.tdkt.nomination.service.AwardRoundService.RoundRow;
import vn.tdkt.nomination.service.AwardRoundService;
import vn.tdkt.organization.service.UnitService;

/** The award rounds, filtered in the database; the secretary opens new ones here. */
@Route("thi-dua/dot-xet")
@Menu(title = "nav.rounds", order = 7, icon = "vaadin:trophy")
@RolesAllowed({"ADMIN", "SECRETARY", "COUNCIL_MEMBER", "UNIT_OFFICER", "VIEWER"})
public class RoundsView extends VerticalLayout implements HasDynamicTitle {

    private final TextField search;
    private final Select<RoundStatus> status = new Select<>();
    private final IntegerField year = new IntegerField();
    private final Span total = new Span();
    private final CallbackDataProvider<RoundRow, Void> dataProvider;

    public RoundsView(AwardRoundService rounds, UnitService units, AwardTypeService awardTypes,
            MovementService movements, Clock clock) {
        addClassName("tdkt-view");
        setSizeFull();
        search = Ui.searchField("rounds.search", this::refresh);
        search.setId("rounds-search");
        status.setId("rounds-status");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("rounds.allStatuses"));
        status.setItems(RoundStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("rounds.allStatuses")
                : getTranslation("RoundStatus." + s));
        status.addValueChangeListener(e -> refresh());
        year.setId("rounds-year");
        year.setPlaceholder(getTranslation("rounds.years"));
        year.setWidth("10rem");
        year.setClearButtonVisible(true);
        year.addValueChangeListener(e -> refresh());
        total.setId("rounds-total");
        HorizontalLayout toolbar = Ui.toolbar(search, status, year, total);
        if (CurrentUser.organiser()) {
            Button add = Ui.primary("rounds.add", VaadinIcon.PLUS, () -> RoundEditor.open(null, rounds, units,
                    awardTypes, movements, clock, saved -> open(saved.id())));
            add.setId("round-add");
            toolbar.add(add);
        }
        Grid<RoundRow> grid = new Grid<>();
        grid.setId("rounds-grid");
        grid.addColumn(RoundRow::name).setHeader(getTranslation("rounds.name")).setWidth("22rem").setFlexGrow(2);
        grid.addColumn(r -> getTranslation("RoundKind." + r.kind())).setHeader(getTranslation("rounds.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.yearFrom() == r.yearTo() ? String.valueOf(r.yearFrom())
                : r.yearFrom() + "–" + r.yearTo()).setHeader(getTranslation("rounds.years")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(r -> RoundBadges.status(r.status())).setKey("status")
                .setHeader(getTranslation("field.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> RoundBadges.deadline(r.stageDeadline(), LocalDate.now(clock)))
                .setKey("deadline").setHeader(getTranslation("rounds.stageDeadline")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RoundRow::office).setHeader(getTranslation("rounds.office")).setFlexGrow(1);
        dataProvider = new CallbackDataProvider<>(q -> rounds.page(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> {
                    int count = (int) rounds.count(filter());
                    total.setText(getTranslation("rounds.total", count));
                    return count;
                });
        grid.setItems(dataProvider);
        Ui.emptyState(grid, "rounds.empty");
        grid.setSizeFull();
        grid.addItemClickListener(e -> open(e.getItem().id()));
        add(toolbar, grid);
    }

    private RoundFilter filter() {
        return new RoundFilter(search.getValue(), status.getValue() == null ? Set.of() : Set.of(status.getValue()),
                year.getValue() == null ? 0 : year.getValue());
    }

    private void refresh() {
        dataProvider.refreshAll();
    }

    private void open(Long id) {
        getUI().ifPresent(ui -> ui.navigate(RoundView.class, id));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.rounds");
    }
}
