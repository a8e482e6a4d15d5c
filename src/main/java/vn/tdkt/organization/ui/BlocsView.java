package vn.tdkt.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Year;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tdkt.base.ui.EntityDialog;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.organization.service.BlocService;
import vn.tdkt.organization.service.BlocService.BlocRecord;
import vn.tdkt.organization.service.BlocService.BlocYearRecord;
import vn.tdkt.organization.service.BlocService.MemberRecord;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.base.domain.Role;
import vn.tdkt.base.service.CurrentUser;

/** Emulation blocs (khối / cụm thi đua): members and leading unit per year. */
@Route("to-chuc/khoi-thi-dua")
@Menu(title = "nav.blocs", order = 12, icon = "vaadin:group")
@PermitAll
public class BlocsView extends VerticalLayout implements HasDynamicTitle {

    private final BlocService blocs;
    private final UnitService units;
    private final Clock clock;
    private final boolean admin = CurrentUser.hasRole(Role.ADMIN);
    private final Grid<BlocRecord> grid = new Grid<>();
    private final VerticalLayout details = new VerticalLayout();
    private final TextField search;
    private final CallbackDataProvider<BlocRecord, Void> dataProvider;

    public BlocsView(BlocService blocs, UnitService units, Clock clock) {
        this.blocs = blocs;
        this.units = units;
        this.clock = clock;
        addClassName("tdkt-view");
        setSizeFull();
        search = Ui.searchField("blocs.search", () -> refresh());
        HorizontalLayout toolbar = Ui.toolbar(search);
        if (admin) {
            toolbar.add(Ui.primary("blocs.add", VaadinIcon.PLUS, () -> openEditor(null)));
        }
        grid.addColumn(BlocRecord::code).setHeader(getTranslation("field.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(BlocRecord::name).setHeader(getTranslation("field.name")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(b -> b.active() ? "" : getTranslation("common.inactive"))
                .setHeader(getTranslation("field.status")).setAutoWidth(true).setFlexGrow(0);
        dataProvider = new CallbackDataProvider<>(q -> blocs.page(search.getValue(), q.getOffset(), q.getLimit())
                .stream(), q -> (int) blocs.count(search.getValue()));
        grid.setItems(dataProvider);
        Ui.emptyState(grid, "blocs.empty");
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(e -> showDetails(e.getValue()));
        details.setWidthFull();
        showDetails(null);
        SplitLayout split = new SplitLayout(grid, details);
        split.setSplitterPosition(45);
        split.setSizeFull();
        add(toolbar, split);
    }

    private void refresh() {
        dataProvider.refreshAll();
    }

    private void showDetails(BlocRecord bloc) {
        details.removeAll();
        if (bloc == null) {
            Span hint = new Span(getTranslation("blocs.selectHint"));
            hint.addClassName("tdkt-empty");
            details.add(hint);
            return;
        }
        details.add(new H3(bloc.name()));
        if (bloc.description() != null) {
            details.add(new Span(bloc.description()));
        }
        Grid<BlocYearRecord> years = new Grid<>();
        years.addColumn(BlocYearRecord::year).setHeader(getTranslation("field.year")).setAutoWidth(true)
                .setFlexGrow(0);
        years.addColumn(BlocYearRecord::leaderName).setHeader(getTranslation("field.leader")).setWidth("12rem")
                .setFlexGrow(0);
        years.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        years.addColumn(y -> y.members().stream().map(MemberRecord::unitName).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("field.members")).setFlexGrow(3);
        years.setItems(blocs.years(bloc.id()));
        years.setAllRowsVisible(true);
        Ui.emptyState(years, "blocs.noYears");
        details.add(years);
        if (admin) {
            Button edit = Ui.button("action.edit", VaadinIcon.EDIT, () -> openEditor(bloc));
            Button addYear = Ui.button("blocs.addYear", VaadinIcon.CALENDAR, () -> openYear(bloc, null));
            years.addItemClickListener(e -> openYear(bloc, e.getItem()));
            details.add(new HorizontalLayout(edit, addYear));
        }
    }

    private void openEditor(BlocRecord existing) {
        TextField code = new TextField(getTranslation("field.code"));
        TextField name = new TextField(getTranslation("field.name"));
        TextArea description = new TextArea(getTranslation("field.description"));
        Checkbox active = new Checkbox(getTranslation("common.active"), true);
        if (existing != null) {
            code.setValue(existing.code());
            name.setValue(existing.name());
            description.setValue(existing.description() == null ? "" : existing.description());
            active.setValue(existing.active());
        }
        EntityDialog dialog = new EntityDialog(getTranslation(existing == null ? "blocs.add" : "blocs.edit"), () -> {
            BlocRecord saved = blocs.save(new BlocRecord(existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.version(), code.getValue(), name.getValue(),
                    description.getValue(), active.getValue()));
            Notifications.success(getTranslation("common.saved"));
            refresh();
            showDetails(saved);
        });
        dialog.field("code", code);
        dialog.field("name", name);
        dialog.wideField("description", description);
        dialog.form().add(active);
        dialog.open();
    }

    private void openYear(BlocRecord bloc, BlocYearRecord existing) {
        IntegerField year = new IntegerField(getTranslation("field.year"));
        year.setValue(existing == null ? Year.now(clock).getValue() : existing.year());
        year.setReadOnly(existing != null);
        MultiSelectComboBox<UnitOption> members = UnitPicker.multi(units, getTranslation("field.members"));
        ComboBox<UnitOption> leader = UnitPicker.single(units, getTranslation("field.leader"));
        if (existing != null) {
            members.setValue(existing.members().stream().map(m -> units.option(m.unitId()))
                    .collect(Collectors.toSet()));
            if (existing.leaderId() != null) {
                leader.setValue(units.option(existing.leaderId()));
            }
        }
        EntityDialog dialog = new EntityDialog(getTranslation("blocs.year", bloc.name()), () -> {
            Set<Long> ids = members.getValue().stream().map(UnitOption::id).collect(Collectors.toSet());
            blocs.saveYear(bloc.id(), existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.version(), year.getValue() == null ? 0 : year.getValue(), ids,
                    leader.getValue() == null ? null : leader.getValue().id());
            Notifications.success(getTranslation("common.saved"));
            showDetails(bloc);
        });
        dialog.field("year", year);
        dialog.wideField("members", members);
        dialog.wideField("leader", leader);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.blocs");
    }
}
