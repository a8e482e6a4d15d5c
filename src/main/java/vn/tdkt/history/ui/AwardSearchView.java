package vn.tdkt.history.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.tdkt.base.domain.Role;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.catalog.domain.AwardLevel;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.decision.ui.AwardStatus;
import vn.tdkt.decision.ui.DecisionView;
import vn.tdkt.history.domain.AwardRow;
import vn.tdkt.history.service.AwardExport;
import vn.tdkt.history.service.AwardQuery.Revoked;
import vn.tdkt.history.service.AwardQuery;
import vn.tdkt.history.service.AwardSearchService.SortKey;
import vn.tdkt.history.service.AwardSearchService;
import vn.tdkt.movement.service.MovementService.MovementFilter;
import vn.tdkt.movement.service.MovementService.MovementRow;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.organization.ui.UnitPicker;

/** Sổ khen thưởng: every award ever recorded, filtered in the database, exported or printed as filtered. */
@Route("so-khen-thuong/tra-cuu")
@Menu(title = "nav.register", order = 20, icon = "vaadin:book")
@PermitAll
public class AwardSearchView extends VerticalLayout implements HasDynamicTitle {

    static final String SESSION_QUERY = "tdkt-register-query";

    private final TextField search;
    private final MultiSelectComboBox<AwardTypeRecord> types = new MultiSelectComboBox<>();
    private final Select<AwardLevel> level = new Select<>();
    private final Select<RecipientKind> kind = new Select<>();
    private final ComboBox<UnitOption> unit;
    private final IntegerField yearFrom = new IntegerField();
    private final IntegerField yearTo = new IntegerField();
    private final ComboBox<UnitOption> issuer;
    private final ComboBox<MovementRow> movement = new ComboBox<>();
    private final Select<Revoked> revoked = new Select<>();
    private final Span total = new Span();
    private final CallbackDataProvider<AwardRow, Void> dataProvider;
    private final Grid<AwardRow> grid = new Grid<>();

    public AwardSearchView(AwardSearchService register, AwardExport export, AwardTypeService awardTypes,
            UnitService units, MovementService movements) {
        addClassName("tdkt-view");
        setSizeFull();
        search = Ui.searchField("register.search", this::refresh);
        search.setId("register-search");
        search.setWidth("24rem");
        types.setPlaceholder(getTranslation("register.allAwards"));
        // Options are fetched when the list is opened (by few users), not built and held for every visit.
        types.setItems(q -> awardTypes.search(q.getFilter().orElse(""), null).stream().skip(q.getOffset())
                .limit(q.getLimit()));
        types.setItemLabelGenerator(AwardTypeRecord::name);
        types.setWidth("18rem");
        level.setEmptySelectionAllowed(true);
        level.setItems(AwardLevel.values());
        level.setItemLabelGenerator(l -> l == null ? getTranslation("register.allLevels")
                : getTranslation("award.level." + l));
        level.setEmptySelectionCaption(getTranslation("register.allLevels"));
        kind.setEmptySelectionAllowed(true);
        kind.setItems(RecipientKind.INDIVIDUAL, RecipientKind.COLLECTIVE);
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("register.allKinds")
                : getTranslation("register.kind." + k));
        kind.setEmptySelectionCaption(getTranslation("register.allKinds"));
        unit = UnitPicker.single(units, null);
        unit.setPlaceholder(getTranslation("register.unit"));
        unit.setWidth("18rem");
        // A unit officer's search starts at their own unit (they may clear it: the register is public).
        if (CurrentUser.hasRole(Role.UNIT_OFFICER) && !CurrentUser.organiser()) {
            CurrentUser.unitId().ifPresent(id -> unit.setValue(units.option(id)));
        }
        issuer = UnitPicker.single(units, null);
        issuer.setPlaceholder(getTranslation("register.issuer"));
        issuer.setWidth("16rem");
        movement.setPlaceholder(getTranslation("register.movement"));
        movement.setItems(q -> movements.page(new MovementFilter(q.getFilter().orElse(""), Set.of(), 0), q.getOffset(),
                q.getLimit()).stream());
        movement.setItemLabelGenerator(MovementRow::name);
        movement.setClearButtonVisible(true);
        movement.setWidth("14rem");
        yearFrom.setPlaceholder(getTranslation("register.yearFrom"));
        yearTo.setPlaceholder(getTranslation("register.yearTo"));
        yearFrom.setId("register-year-from");
        yearTo.setId("register-year-to");
        for (IntegerField y : List.of(yearFrom, yearTo)) {
            y.setWidth("7rem");
            y.setClearButtonVisible(true);
            y.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        }
        revoked.setItems(Revoked.values());
        revoked.setValue(Revoked.EXCLUDED);
        revoked.setItemLabelGenerator(r -> getTranslation("Revoked." + r));
        types.addValueChangeListener(e -> refresh());
        level.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        yearFrom.addValueChangeListener(e -> refresh());
        yearTo.addValueChangeListener(e -> refresh());
        issuer.addValueChangeListener(e -> refresh());
        movement.addValueChangeListener(e -> refresh());
        revoked.addValueChangeListener(e -> refresh());

        // Streams straight into the response; reads the filter as last applied, not the components.
        Anchor xlsx = new Anchor((DownloadEvent event) -> {
            event.setFileName("so-khen-thuong.xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (OutputStream out = event.getOutputStream()) {
                export.xlsx(lastQuery, lastSort, out);
            }
        }, "");
        xlsx.getElement().setAttribute("download", true);
        xlsx.setId("register-export");
        xlsx.add(new Button(getTranslation("register.export"), VaadinIcon.DOWNLOAD.create()));
        Button print = Ui.button("register.print", VaadinIcon.PRINT, () -> {
            VaadinSession.getCurrent().setAttribute(SESSION_QUERY, query());
            getUI().ifPresent(ui -> ui.getPage().open("in/so-khen-thuong", "_blank"));
        });
        FlexLayout filters = new FlexLayout(search, types, level, kind, unit, yearFrom, yearTo, issuer, movement,
                revoked);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("tdkt-filters");
        HorizontalLayout actions = Ui.toolbar(total, xlsx, print);
        total.setId("register-total");

        grid.addColumn(r -> r.registerNo() == null ? "" : String.valueOf(r.registerNo()))
                .setHeader(getTranslation("register.registerNo")).setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(recipientRenderer()).setHeader(getTranslation("register.recipient"))
                .setSortProperty("recipient").setWidth("14rem").setFlexGrow(3);
        grid.addColumn(AwardRow::awardName).setHeader(getTranslation("register.award")).setSortProperty("award")
                .setWidth("11rem").setFlexGrow(2);
        grid.addColumn(AwardRow::years).setHeader(getTranslation("register.year")).setSortProperty("year")
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(AwardRow::docNumber).setHeader(getTranslation("register.docNumber"))
                .setSortProperty("docNumber").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Formats.date(r.decisionDate())).setHeader(getTranslation("register.decisionDate"))
                .setSortProperty("decisionDate").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(AwardRow::issuer).setHeader(getTranslation("register.issuer")).setWidth("11rem")
                .setFlexGrow(2);
        // Frozen to the end: the status stays on screen however narrow the window or wide the other columns.
        grid.addColumn(AwardStatus.<AwardRow>renderer(AwardRow::state, AwardRow::revokeReason))
                .setHeader(getTranslation("field.status")).setKey("status")
                .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setMultiSort(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        dataProvider = new CallbackDataProvider<>(q -> {
            AwardQuery query = checkedQuery();
            if (query == null) {
                return Stream.empty();
            }
            lastQuery = query;
            List<SortKey> sort = q.getSortOrders().stream()
                    .map(o -> new SortKey(o.getSorted(), o.getDirection() == SortDirection.ASCENDING)).toList();
            lastSort = sort;
            return register.page(query, sort, q.getOffset(), q.getLimit()).stream();
        }, q -> {
            AwardQuery query = checkedQuery();
            long count = query == null ? 0 : register.count(query);
            total.setText(getTranslation("register.total", count));
            return (int) count;
        });
        grid.setItems(dataProvider);
        Ui.emptyState(grid, "register.empty");
        grid.setSizeFull();
        grid.setId("register-grid");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DecisionView.class,
                e.getItem().decisionId())));
        add(filters, actions, grid);
    }

    private volatile AwardQuery lastQuery = AwardQuery.all();
    private volatile List<SortKey> lastSort = List.of();

    /**
     * The recipient cell drawn in the browser from the row's data (a component per row kept about
     * four state nodes per row alive in every session): the link to the person's or unit's timeline
     * (no link for a person not in the staff registry), and for a person their position and unit.
     * Empty texts rather than nulls: the template tests them as false, and every value is a string.
     */
    private static LitRenderer<AwardRow> recipientRenderer() {
        return LitRenderer.<AwardRow>of("<vaadin-vertical-layout style=\"width: 100%\">"
                + "${item.href ? html`<a href=\"${item.href}\">${item.name}</a>` : html`<a>${item.name}</a>`}"
                + "${item.where ? html`<span class=\"tdkt-secondary\">${item.where}</span>` : ''}"
                + "</vaadin-vertical-layout>")
                .withProperty("href", AwardSearchView::timelineLink)
                .withProperty("name", AwardRow::recipientName)
                .withProperty("where", r -> r.kind() != RecipientKind.INDIVIDUAL ? ""
                        : Stream.of(r.positionName(), r.unitName()).filter(s -> s != null && !s.isBlank())
                                .collect(Collectors.joining(", ")));
    }

    private static String timelineLink(AwardRow r) {
        if (r.kind() != RecipientKind.INDIVIDUAL) {
            return "so-khen-thuong/don-vi/" + r.unitId();
        }
        return r.personId() == null ? "" : "so-khen-thuong/ca-nhan/" + r.personId();
    }

    private AwardQuery checkedQuery() {
        yearTo.setInvalid(false);
        if (yearFrom.getValue() != null && yearTo.getValue() != null && yearFrom.getValue() > yearTo.getValue()) {
            yearTo.setErrorMessage(getTranslation("error.register.yearsReversed", yearFrom.getValue(),
                    yearTo.getValue()));
            yearTo.setInvalid(true);
            return null;
        }
        return query();
    }

    private AwardQuery query() {
        return new AwardQuery(search.getValue(), types.getValue().stream().map(AwardTypeRecord::id)
                .collect(Collectors.toSet()), level.getValue(), kind.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(), yearFrom.getValue(), yearTo.getValue(),
                issuer.getValue() == null ? null : issuer.getValue().id(),
                movement.getValue() == null ? null : movement.getValue().id(), revoked.getValue());
    }

    private void refresh() {
        dataProvider.refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.register");
    }
}
