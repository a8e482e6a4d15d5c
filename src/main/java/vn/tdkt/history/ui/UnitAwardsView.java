package vn.tdkt.history.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.decision.ui.DecisionView;
import vn.tdkt.decision.ui.RevocationNote;
import vn.tdkt.history.domain.AwardRow;
import vn.tdkt.history.service.AwardQuery;
import vn.tdkt.history.service.AwardSearchService;
import vn.tdkt.history.service.TimelineService.TimelineEntry;
import vn.tdkt.history.service.TimelineService.UnitYear;
import vn.tdkt.history.service.TimelineService;
import vn.tdkt.organization.service.UnitService;

/** A unit's page: per year, its collective awards and flags, and the awards of its people (sub-units included). */
@Route("so-khen-thuong/don-vi")
@PermitAll
public class UnitAwardsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AwardSearchService register;
    private final TimelineService timelines;
    private final UnitService units;
    private String unitName;

    public UnitAwardsView(AwardSearchService register, TimelineService timelines, UnitService units) {
        this.register = register;
        this.timelines = timelines;
        this.units = units;
        addClassName("tdkt-view");
        // Several grids one below the other: the page scrolls and each grid keeps its rows, instead
        // of all being squeezed into the window's height (two rows each).
        addClassName("tdkt-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long unitId) {
        unitName = units.option(unitId).fullName();
        removeAll();
        add(new H2(unitName));
        List<UnitYear> years = timelines.unitYears(unitId);
        Grid<UnitYear> summary = new Grid<>();
        summary.addColumn(UnitYear::year).setHeader(getTranslation("register.year")).setWidth("8rem").setFlexGrow(0);
        summary.addColumn(UnitYear::collectiveAwards).setHeader(getTranslation("unit.collectiveAwards"));
        summary.addColumn(UnitYear::individualAwards).setHeader(getTranslation("unit.individualAwards"));
        summary.setItems(years);
        summary.setId("unit-years");
        summary.setAllRowsVisible(years.size() <= 12);
        if (years.size() > 12) {
            summary.setHeight("20rem");
        }
        Ui.keepHeight(summary);
        Ui.emptyState(summary, "unit.noAwards");
        Select<Integer> year = new Select<>();
        year.setLabel(getTranslation("register.year"));
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("unit.allYears"));
        year.setItems(years.stream().map(UnitYear::year).toList());
        Grid<AwardRow> collectives = grid(unitId, RecipientKind.COLLECTIVE, year);
        Grid<AwardRow> individuals = grid(unitId, RecipientKind.INDIVIDUAL, year);
        year.addValueChangeListener(e -> {
            collectives.getDataProvider().refreshAll();
            individuals.getDataProvider().refreshAll();
        });
        summary.addItemClickListener(e -> year.setValue(e.getItem().year()));
        add(summary, new HorizontalLayout(year), new H3(getTranslation("unit.collectiveTitle")), collectives,
                new H3(getTranslation("unit.individualTitle")), individuals);
        List<TimelineEntry> revoked = timelines.unitRevocations(unitId);
        if (!revoked.isEmpty()) {
            add(new H3(getTranslation("timeline.revocations")));
            Div lines = new Div();
            lines.setId("unit-revocations");
            revoked.forEach(e -> lines.add(RevocationNote.line(e.recipientName(), e.awardName() + " " + e.years()
                    + ", " + e.docNumber(), e.revokedOn(), e.revokeReason(), e.revokeGround(), e.revokedBy())));
            add(lines);
        }
    }

    private Grid<AwardRow> grid(Long unitId, RecipientKind kind, Select<Integer> year) {
        Grid<AwardRow> grid = new Grid<>();
        grid.addColumn(AwardRow::years).setHeader(getTranslation("register.year")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(AwardRow::recipientName).setHeader(getTranslation("register.recipient")).setFlexGrow(2);
        if (kind == RecipientKind.INDIVIDUAL) {
            grid.addColumn(r -> Ui.join(r.positionName(), r.unitName()))
                    .setHeader(getTranslation("timeline.atTheTime")).setFlexGrow(3);
        }
        grid.addColumn(AwardRow::awardName).setHeader(getTranslation("register.award")).setFlexGrow(2);
        grid.addColumn(r -> r.docNumber() + " — " + Formats.date(r.decisionDate()))
                .setHeader(getTranslation("register.decision")).setAutoWidth(true).setFlexGrow(0);
        CallbackDataProvider<AwardRow, Void> data = new CallbackDataProvider<>(
                q -> register.page(query(unitId, kind, year.getValue()), List.of(), q.getOffset(), q.getLimit())
                        .stream(),
                q -> (int) register.count(query(unitId, kind, year.getValue())));
        grid.setItems(data);
        grid.setHeight("24rem");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        Ui.keepHeight(grid);
        Ui.emptyState(grid, "unit.noAwards");
        grid.addItemClickListener(e -> {
            if (e.getItem().personId() != null) {
                getUI().ifPresent(ui -> ui.navigate(PersonAwardsView.class, e.getItem().personId()));
            } else {
                getUI().ifPresent(ui -> ui.navigate(DecisionView.class, e.getItem().decisionId()));
            }
        });
        return grid;
    }

    private static AwardQuery query(Long unitId, RecipientKind kind, Integer year) {
        return AwardQuery.all().withUnit(unitId, kind).withYears(year, year);
    }

    @Override
    public String getPageTitle() {
        return unitName == null ? getTranslation("nav.register") : unitName;
    }
}
