package vn.tdkt.history.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.base.domain.Role;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.decision.service.AwardCounts;
import vn.tdkt.history.service.AwardExport;
import vn.tdkt.history.service.AwardQuery;
import vn.tdkt.history.service.AwardStatisticsService.NamedCount;
import vn.tdkt.history.service.AwardStatisticsService.Statistics;
import vn.tdkt.history.service.AwardStatisticsService;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.organization.ui.UnitPicker;

/** Counts per year × award, per unit, individuals vs collectives, men vs women: table, chart, xlsx. */
@Route("so-khen-thuong/thong-ke")
@Menu(title = "nav.statistics", order = 23, icon = "vaadin:chart")
@PermitAll
public class StatisticsView extends VerticalLayout implements HasDynamicTitle {

    private final AwardStatisticsService statistics;
    private final IntegerField yearFrom = new IntegerField();
    private final IntegerField yearTo = new IntegerField();
    private final ComboBox<UnitOption> unit;
    private final VerticalLayout content = new VerticalLayout();
    private volatile Statistics current;

    public StatisticsView(AwardStatisticsService statistics, AwardExport export, UnitService units,
            AwardCounts counts) {
        this.statistics = statistics;
        addClassName("tdkt-view");
        yearFrom.setPlaceholder(getTranslation("register.yearFrom"));
        yearTo.setPlaceholder(getTranslation("register.yearTo"));
        unit = UnitPicker.single(units, null);
        unit.setPlaceholder(getTranslation("register.unit"));
        unit.setWidth("22rem");
        for (IntegerField y : List.of(yearFrom, yearTo)) {
            y.setWidth("8rem");
            y.setClearButtonVisible(true);
            y.addValueChangeListener(e -> refresh());
        }
        unit.addValueChangeListener(e -> refresh());
        Anchor xlsx = new Anchor((DownloadEvent event) -> {
            event.setFileName("thong-ke-khen-thuong.xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (OutputStream out = event.getOutputStream()) {
                export.statisticsXlsx(current, out);
            }
        }, "");
        xlsx.getElement().setAttribute("download", true);
        xlsx.add(new Button(getTranslation("register.export"), VaadinIcon.DOWNLOAD.create()));
        content.setPadding(false);
        var toolbar = Ui.toolbar(yearFrom, yearTo, unit, xlsx);
        if (CurrentUser.hasRole(Role.ADMIN)) {
            // The counts are kept by every write; this is for a repair made in the database by hand.
            Button recount = Ui.button("stats.recount", VaadinIcon.REFRESH, () -> Ui.confirm("stats.recount",
                    getTranslation("stats.recountText"), "stats.recount", () -> {
                        AwardCounts.Recount r = counts.recount();
                        Notifications.success(getTranslation("stats.recounted", r.awards()));
                        refresh();
                    }));
            recount.setId("stats-recount");
            toolbar.add(recount);
        }
        add(toolbar, content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        yearTo.setInvalid(false);
        if (yearFrom.getValue() != null && yearTo.getValue() != null && yearFrom.getValue() > yearTo.getValue()) {
            yearTo.setErrorMessage(getTranslation("error.register.yearsReversed", yearFrom.getValue(),
                    yearTo.getValue()));
            yearTo.setInvalid(true);
            return;
        }
        Statistics s = statistics.statistics(AwardQuery.all().withYears(yearFrom.getValue(), yearTo.getValue())
                .withUnit(unit.getValue() == null ? null : unit.getValue().id(), null), 20);
        current = s;
        Div summary = new Div();
        summary.addClassName("tdkt-facts");
        summary.setId("stats-summary");
        summary.setText(getTranslation("stats.summary", s.total(), s.individuals(), s.collectives(), s.men(),
                s.women()));
        content.add(summary);
        if (s.total() == 0) {
            content.add(new Div(getTranslation("register.empty")));
            return;
        }
        content.add(new H3(getTranslation("stats.chartTitle")), chart(s, getTranslation("register.kind.INDIVIDUAL"),
                getTranslation("register.kind.COLLECTIVE")));
        content.add(new H3(getTranslation("stats.yearType")), pivot(s));
        content.add(new H3(getTranslation("stats.byUnit")));
        Grid<NamedCount> units = new Grid<>();
        units.addColumn(NamedCount::name).setHeader(getTranslation("register.unit")).setFlexGrow(3);
        units.addColumn(NamedCount::count).setHeader(getTranslation("stats.count")).setFlexGrow(0).setWidth("8rem");
        units.setItems(s.byUnit());
        units.setAllRowsVisible(true);
        content.add(units);
    }

    /** Awards per year as stacked bars: individuals and collectives. Plain SVG made on the server. */
    static Svg chart(Statistics s, String individuals, String collectives) {
        List<AwardStatisticsService.YearCount> years = s.perYear().reversed();
        int shown = Math.min(years.size(), 30);
        years = years.subList(years.size() - shown, years.size());
        long max = years.stream().mapToLong(y -> y.individuals() + y.collectives()).max().orElse(1);
        int barWidth = 28;
        int gap = 12;
        int height = 220;
        int left = 48;
        int width = left + shown * (barWidth + gap) + 20;
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' role='img' width='" + width
                + "' height='" + (height + 60) + "' viewBox='0 0 " + width + " " + (height + 60)
                + "' font-family='sans-serif' font-size='11'>");
        svg.append("<line x1='").append(left).append("' y1='").append(height + 10).append("' x2='").append(width)
                .append("' y2='").append(height + 10).append("' stroke='#999'/>");
        svg.append("<text x='4' y='20' fill='#555'>").append(max).append("</text>");
        for (int i = 0; i < shown; i++) {
            AwardStatisticsService.YearCount y = years.get(i);
            int x = left + i * (barWidth + gap);
            int hi = (int) Math.round((double) y.individuals() / max * height);
            int hc = (int) Math.round((double) y.collectives() / max * height);
            svg.append("<rect x='").append(x).append("' y='").append(height + 10 - hi).append("' width='")
                    .append(barWidth).append("' height='").append(hi).append("' fill='#1676f3'><title>")
                    .append(y.year()).append(": ").append(y.individuals()).append("</title></rect>");
            svg.append("<rect x='").append(x).append("' y='").append(height + 10 - hi - hc).append("' width='")
                    .append(barWidth).append("' height='").append(hc).append("' fill='#f5a623'><title>")
                    .append(y.year()).append(": ").append(y.collectives()).append("</title></rect>");
            svg.append("<text x='").append(x + barWidth / 2).append("' y='").append(height + 26)
                    .append("' text-anchor='middle'>").append(y.year()).append("</text>");
        }
        svg.append("<rect x='").append(left).append("' y='").append(height + 40)
                .append("' width='12' height='12' fill='#1676f3'/><text x='").append(left + 16).append("' y='")
                .append(height + 50).append("'>").append(escape(individuals)).append("</text>");
        svg.append("<rect x='").append(left + 120).append("' y='").append(height + 40)
                .append("' width='12' height='12' fill='#f5a623'/><text x='").append(left + 136).append("' y='")
                .append(height + 50).append("'>").append(escape(collectives)).append("</text></svg>");
        return new Svg(svg.toString());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private NativeTable pivot(Statistics s) {
        Map<Long, String> types = new LinkedHashMap<>();
        s.yearType().forEach(c -> types.putIfAbsent(c.awardTypeId(), c.awardName()));
        Map<String, Long> counts = new java.util.HashMap<>();
        s.yearType().forEach(c -> counts.put(c.year() + ":" + c.awardTypeId(), c.count()));
        NativeTable table = new NativeTable();
        table.addClassName("tdkt-pivot");
        table.setId("stats-pivot");
        NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell(getTranslation("register.year")));
        types.values().forEach(name -> head.add(new NativeTableHeaderCell(name)));
        head.add(new NativeTableHeaderCell(getTranslation("stats.total")));
        table.getHead().add(head);
        NativeTableBody body = table.addBody();
        for (int year : s.years()) {
            NativeTableRow row = new NativeTableRow(new NativeTableCell(String.valueOf(year)));
            long total = 0;
            for (Long type : types.keySet()) {
                long n = counts.getOrDefault(year + ":" + type, 0L);
                total += n;
                row.add(new NativeTableCell(n == 0 ? "" : String.valueOf(n)));
            }
            row.add(new NativeTableCell(String.valueOf(total)));
            body.add(row);
        }
        return table;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.statistics");
    }
}
