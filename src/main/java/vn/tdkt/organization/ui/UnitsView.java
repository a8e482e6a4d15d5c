package vn.tdkt.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Stream;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.ui.AuditTrailPanel;
import vn.tdkt.base.domain.Role;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.ui.DatePickers;
import vn.tdkt.base.ui.EntityDialog;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.organization.domain.UnitKind;
import vn.tdkt.organization.domain.UnitStatus;
import vn.tdkt.organization.service.UnitService.UnitDetails;
import vn.tdkt.organization.service.UnitService.UnitForm;
import vn.tdkt.organization.service.UnitService.UnitNode;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.organization.service.UnitService;

/** The unit tree: everyone browses and searches; ADMIN creates, edits, merges, deletes. */
@Route("to-chuc/don-vi")
@Menu(title = "nav.units", order = 10, icon = "vaadin:sitemap")
@PermitAll
public class UnitsView extends VerticalLayout implements HasDynamicTitle {

    private final UnitService units;
    private final AuditService audit;
    private final Clock clock;
    private final boolean admin = CurrentUser.hasRole(Role.ADMIN);
    private final TreeGrid<UnitNode> tree = new TreeGrid<>();
    private final TextField search;
    private final VerticalLayout details = new VerticalLayout();
    private final UnitTreeProvider provider = new UnitTreeProvider();

    public UnitsView(UnitService units, AuditService audit, Clock clock) {
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        addClassName("tdkt-view");
        setSizeFull();

        search = Ui.searchField("units.search", this::applySearch);
        search.setId("unit-search");
        HorizontalLayout toolbar = Ui.toolbar(search);
        if (admin) {
            Button add = Ui.primary("units.addRoot", VaadinIcon.PLUS, () -> openEditor(null, null));
            add.setId("unit-add-root");
            toolbar.add(add);
        }

        tree.addHierarchyColumn(UnitNode::name).setHeader(getTranslation("field.name")).setWidth("26rem")
                .setFlexGrow(1).setSortable(false).setTooltipGenerator(UnitNode::fullName);
        tree.addColumn(UnitNode::code).setHeader(getTranslation("field.code")).setWidth("8rem").setFlexGrow(0);
        tree.addColumn(n -> getTranslation("unit.kind." + n.kind())).setHeader(getTranslation("field.kind"))
                .setWidth("13rem").setFlexGrow(0);
        tree.addColumn(n -> getTranslation("unit.status." + n.status())).setHeader(getTranslation("field.status"))
                .setWidth("10rem").setFlexGrow(0)
                .setPartNameGenerator(n -> n.status() == UnitStatus.ACTIVE ? null : "inactive");
        tree.setDataProvider(provider);
        tree.setSizeFull();
        Ui.emptyState(tree, "units.empty");
        tree.asSingleSelect().addValueChangeListener(e -> showDetails(e.getValue()));

        details.setPadding(true);
        details.setWidthFull();
        showDetails(null);
        SplitLayout split = new SplitLayout(tree, details);
        split.setSplitterPosition(68);
        split.setSizeFull();
        add(toolbar, split);
        expandRoots();
    }

    private void applySearch() {
        provider.refreshAll();
        if (search.getValue().isBlank()) {
            tree.collapseRecursively(units.children(null, ""), 20);
            expandRoots();
        } else {
            tree.expandRecursively(units.children(null, search.getValue()), 20);
        }
    }

    private void expandRoots() {
        tree.expand(units.children(null, ""));
    }

    private void showDetails(UnitNode node) {
        details.removeAll();
        if (node == null) {
            Span hint = new Span(getTranslation("units.selectHint"));
            hint.addClassName("tdkt-empty");
            details.add(hint);
            return;
        }
        UnitDetails d = units.get(node.id());
        H3 title = new H3(d.fullName());
        title.setId("unit-details-title");
        details.add(title,
                line("field.code", d.code()),
                line("field.shortName", d.shortName()),
                line("field.kind", getTranslation("unit.kind." + d.kind())),
                line("field.parent", d.parentName()),
                line("field.status", getTranslation("unit.status." + d.status())
                        + (d.statusDate() == null ? "" : " (" + Formats.date(d.statusDate()) + ")")
                        + (d.mergedIntoName() == null ? "" : " → " + d.mergedIntoName())),
                line("field.note", d.note()));
        if (!d.formerNames().isEmpty()) {
            details.add(new H3(getTranslation("units.formerNames")));
            d.formerNames().forEach(f -> details.add(new Div(new Span(
                    f.name() + " — " + getTranslation("units.until", Formats.date(f.validUntil()))))));
        }
        if (admin) {
            Button addChild = Ui.button("units.addChild", VaadinIcon.PLUS, () -> openEditor(null, d));
            addChild.setId("unit-add-child");
            Button edit = Ui.button("action.edit", VaadinIcon.EDIT, () -> openEditor(d, null));
            edit.setId("unit-edit");
            Button status = Ui.button("units.changeStatus", VaadinIcon.EXCHANGE, () -> openStatus(d));
            Button delete = Ui.button("action.delete", VaadinIcon.TRASH, () -> Ui.confirm("units.deleteTitle",
                    getTranslation("units.deleteText", d.fullName()), "action.delete", () -> {
                        units.delete(d.id(), d.version());
                        Notifications.success(getTranslation("units.deleted"));
                        provider.refreshAll();
                        showDetails(null);
                    }));
            delete.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_ERROR);
            details.add(new HorizontalLayout(addChild, edit, status, delete),
                    new AuditTrailPanel(audit, "Unit", d.id()));
        }
    }

    private Div line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return new Div(label, new Span(value == null || value.isBlank() ? "—" : value));
    }

    /** Editor for a new unit (existing null, optionally under {@code parent}) or an existing one. */
    private void openEditor(UnitDetails existing, UnitDetails parent) {
        TextField code = new TextField(getTranslation("field.code"));
        TextField name = new TextField(getTranslation("field.name"));
        TextField shortName = new TextField(getTranslation("field.shortName"));
        Select<UnitKind> kind = new Select<>();
        kind.setLabel(getTranslation("field.kind"));
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("unit.kind." + k));
        ComboBox<UnitOption> parentBox = UnitPicker.single(units, getTranslation("field.parent"));
        IntegerField sortOrder = new IntegerField(getTranslation("field.sortOrder"));
        TextArea note = new TextArea(getTranslation("field.note"));
        code.setId("unit-code");
        name.setId("unit-name");
        kind.setId("unit-kind");
        code.setRequiredIndicatorVisible(true);
        name.setRequiredIndicatorVisible(true);
        code.setMaxLength(30);
        name.setMaxLength(255);

        if (existing != null) {
            code.setValue(existing.code());
            name.setValue(existing.name());
            shortName.setValue(existing.shortName() == null ? "" : existing.shortName());
            kind.setValue(existing.kind());
            if (existing.parentId() != null) {
                parentBox.setValue(units.option(existing.parentId()));
            }
            sortOrder.setValue(existing.sortOrder());
            note.setValue(existing.note() == null ? "" : existing.note());
        } else {
            kind.setValue(parent == null ? UnitKind.PROVINCIAL_OFFICE : UnitKind.DEPARTMENT);
            if (parent != null) {
                parentBox.setValue(units.option(parent.id()));
            }
            sortOrder.setValue(0);
        }
        EntityDialog dialog = new EntityDialog(getTranslation(existing == null ? "units.new" : "units.edit"), () -> {
            UnitForm form = new UnitForm(existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.version(), code.getValue(), name.getValue(),
                    shortName.getValue(), kind.getValue(),
                    parentBox.getValue() == null ? null : parentBox.getValue().id(),
                    sortOrder.getValue() == null ? 0 : sortOrder.getValue(), note.getValue());
            UnitDetails saved = existing == null ? units.create(form) : units.update(form);
            Notifications.success(getTranslation("units.saved", saved.fullName()));
            provider.refreshAll();
            expandTo(saved.id());
            showDetails(new UnitNode(saved.id(), saved.code(), saved.name(), saved.shortName(), saved.fullName(),
                    saved.kind(), saved.status(), saved.parentId(), false));
        });
        dialog.field("code", code);
        dialog.field("name", name);
        dialog.field("shortName", shortName);
        dialog.field("kind", kind);
        dialog.wideField("parent", parentBox);
        dialog.field("sortOrder", sortOrder);
        dialog.wideField("note", note);
        dialog.open();
        code.focus();
    }

    /** Opens every ancestor of a unit so that it is visible in the tree. */
    private void expandTo(Long unitId) {
        Long parent = null;
        for (String segment : units.pathOf(unitId).split("/")) {
            if (segment.isEmpty() || Long.valueOf(segment).equals(unitId)) {
                continue;
            }
            Long id = Long.valueOf(segment);
            units.children(parent, search.getValue()).stream().filter(n -> n.id().equals(id)).findFirst()
                    .ifPresent(tree::expand);
            parent = id;
        }
    }

    private void openStatus(UnitDetails d) {
        Select<UnitStatus> status = new Select<>();
        status.setLabel(getTranslation("field.status"));
        status.setItems(UnitStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("unit.status." + s));
        status.setValue(d.status());
        DatePicker date = DatePickers.create(getTranslation("field.statusDate"), LocalDate.now(clock));
        ComboBox<UnitOption> into = UnitPicker.single(units, getTranslation("field.mergedInto"));
        into.setVisible(d.status() == UnitStatus.MERGED);
        status.addValueChangeListener(e -> into.setVisible(e.getValue() == UnitStatus.MERGED));
        EntityDialog dialog = new EntityDialog(getTranslation("units.changeStatus"), () -> {
            units.changeStatus(d.id(), d.version(), status.getValue(), date.getValue(),
                    into.getValue() == null ? null : into.getValue().id());
            Notifications.success(getTranslation("units.statusChanged"));
            provider.refreshAll();
            showDetails(null);
        });
        dialog.field("status", status);
        dialog.field("statusDate", date);
        dialog.wideField("mergedInto", into);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.units");
    }

    /** Loads children on demand; with a search, only matches and their ancestors. */
    private final class UnitTreeProvider extends AbstractBackEndHierarchicalDataProvider<UnitNode, Void> {

        @Override
        public int getChildCount(HierarchicalQuery<UnitNode, Void> query) {
            return units.children(parentId(query), search.getValue()).size();
        }

        @Override
        public boolean hasChildren(UnitNode item) {
            return item.hasChildren();
        }

        @Override
        protected Stream<UnitNode> fetchChildrenFromBackEnd(HierarchicalQuery<UnitNode, Void> query) {
            return units.children(parentId(query), search.getValue()).stream()
                    .skip(query.getOffset())
                    .limit(query.getLimit());
        }

        @Override
        public Object getId(UnitNode item) {
            return item.id();
        }

        private static Long parentId(HierarchicalQuery<UnitNode, Void> query) {
            return query.getParentOptional().map(UnitNode::id).orElse(null);
        }
    }
}
