package vn.tdkt.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.ui.AuditTrailPanel;
import vn.tdkt.base.domain.Role;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.ui.DatePickers;
import vn.tdkt.base.ui.EntityDialog;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.AwardLevel;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.domain.VoteRule;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService.RuleCriteria;
import vn.tdkt.catalog.service.AwardTypeService.RuleRecord;
import vn.tdkt.catalog.service.AwardTypeService;

/** The award catalogue: titles and forms, each with its effective-dated rules. */
@Route("danh-muc/khen-thuong")
@Menu(title = "nav.awardTypes", order = 20, icon = "vaadin:medal")
@PermitAll
public class AwardTypesView extends VerticalLayout implements HasDynamicTitle {

    private final AwardTypeService types;
    private final AuditService audit;
    private final Clock clock;
    private final boolean admin = CurrentUser.hasRole(Role.ADMIN);
    private final Grid<AwardTypeRecord> grid = new Grid<>();
    private final VerticalLayout details = new VerticalLayout();
    private final TextField search;
    private final Select<AwardCategory> category = new Select<>();

    public AwardTypesView(AwardTypeService types, AuditService audit, Clock clock) {
        this.types = types;
        this.audit = audit;
        this.clock = clock;
        addClassName("tdkt-view");
        setSizeFull();
        search = Ui.searchField("awardTypes.search", this::refresh);
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("awardTypes.allCategories"));
        category.setItems(AwardCategory.values());
        category.setItemLabelGenerator(c -> c == null ? getTranslation("awardTypes.allCategories")
                : getTranslation("award.category." + c));
        category.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = Ui.toolbar(search, category);
        if (admin) {
            toolbar.add(Ui.primary("awardTypes.add", VaadinIcon.PLUS, () -> openEditor(null)));
        }
        grid.addColumn(AwardTypeRecord::name).setHeader(getTranslation("field.name")).setWidth("22rem")
                .setFlexGrow(1).setTooltipGenerator(AwardTypeRecord::name);
        grid.addColumn(t -> getTranslation("award.recipient." + t.recipientKind()))
                .setHeader(getTranslation("field.recipientKind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> getTranslation("award.level." + t.level())).setHeader(getTranslation("field.level"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.active() ? "" : getTranslation("common.inactive"))
                .setHeader(getTranslation("field.status")).setAutoWidth(true).setFlexGrow(0);
        Ui.emptyState(grid, "awardTypes.empty");
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(e -> showDetails(e.getValue()));
        details.setWidthFull();
        showDetails(null);
        SplitLayout split = new SplitLayout(grid, details);
        split.setSplitterPosition(55);
        split.setSizeFull();
        add(toolbar, split);
        refresh();
    }

    private void refresh() {
        grid.setItems(types.search(search.getValue(), category.getValue()));
    }

    private void showDetails(AwardTypeRecord t) {
        details.removeAll();
        if (t == null) {
            Span hint = new Span(getTranslation("awardTypes.selectHint"));
            hint.addClassName("tdkt-empty");
            details.add(hint);
            return;
        }
        details.add(new H3(t.name()));
        details.add(new Span(getTranslation("field.code") + ": " + t.code() + " · "
                + getTranslation("field.conferringAuthority") + ": "
                + (t.conferringAuthority() == null ? "—" : t.conferringAuthority())));
        if (t.requiresRegistration()) {
            details.add(new Span(getTranslation("field.requiresRegistration")));
        }
        if (t.description() != null) {
            details.add(new Paragraph(t.description()));
        }
        details.add(new H3(getTranslation("awardTypes.rules")));
        Grid<RuleRecord> rules = new Grid<>();
        rules.addColumn(r -> Formats.date(r.effectiveFrom())).setHeader(getTranslation("field.effectiveFrom"))
                .setAutoWidth(true).setFlexGrow(0);
        rules.addColumn(this::voteText).setHeader(getTranslation("field.voteRule")).setFlexGrow(1);
        rules.addColumn(r -> coefficients(r)).setHeader(getTranslation("awardTypes.coefficients"))
                .setAutoWidth(true).setFlexGrow(0);
        rules.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(r -> new Div(
                new Paragraph(r.prerequisites() == null ? "" : r.prerequisites()),
                new Paragraph(getTranslation("field.legalBasis") + ": "
                        + (r.legalBasis() == null ? "—" : r.legalBasis())), criteria(r.criteria()))));
        List<RuleRecord> versions = types.rules(t.id());
        rules.setItems(versions);
        versions.stream().findFirst().ifPresent(r -> rules.setDetailsVisible(r, true));
        rules.setAllRowsVisible(true);
        Ui.emptyState(rules, "awardTypes.noRules");
        details.add(rules);
        if (admin) {
            Button edit = Ui.button("action.edit", VaadinIcon.EDIT, () -> openEditor(t));
            Button addRule = Ui.button("awardTypes.addRule", VaadinIcon.PLUS, () -> openRule(t, null));
            rules.addItemClickListener(e -> {
                if (e.getItem().editable()) {
                    openRule(t, e.getItem());
                }
            });
            details.add(new Span(getTranslation("awardTypes.rulesLocked")),
                    new HorizontalLayout(edit, addRule), new AuditTrailPanel(audit, "AwardType", t.id()));
        }
    }

    /** The structured criteria of a version, read-only: what the eligibility check reads. */
    private Div criteria(RuleCriteria c) {
        Div box = new Div();
        box.addClassName("tdkt-rule-criteria");
        if (c.criteriaSet() == null) {
            return box;
        }
        box.add(new Paragraph(getTranslation("awardTypes.criteria") + ": " + c.criteriaSet()));
        StringBuilder numbers = new StringBuilder();
        append(numbers, "field.streakYears", c.streakYears());
        append(numbers, "field.minSharePercent", c.minSharePercent() == null ? null
                : (c.minShareExclusive() ? "> " : "≥ ") + c.minSharePercent() + "%");
        append(numbers, "field.initiativeCount", c.initiativeCount());
        append(numbers, "field.quotaPercent", c.quotaPercent() == null ? null : c.quotaPercent() + "%");
        append(numbers, "field.quotaOutstandingPercent",
                c.quotaOutstandingPercent() == null ? null : c.quotaOutstandingPercent() + "%");
        if (!numbers.isEmpty()) {
            box.add(new Paragraph(numbers.toString()));
        }
        if (c.criteriaArticles() != null) {
            for (String article : c.criteriaArticles().split("\\|")) {
                box.add(new Paragraph(article.replaceFirst("=", ": ")));
            }
        }
        return box;
    }

    private void append(StringBuilder text, String labelKey, Object value) {
        if (value != null) {
            text.append(text.isEmpty() ? "" : " · ").append(getTranslation(labelKey)).append(": ").append(value);
        }
    }

    private String coefficients(RuleRecord r) {
        String individual = Formats.coefficient(r.coefIndividual());
        String collective = Formats.coefficient(r.coefCollective());
        return (individual.isEmpty() ? "—" : individual) + " / " + (collective.isEmpty() ? "—" : collective);
    }

    private String voteText(RuleRecord r) {
        return r.voteRule() == VoteRule.SHARE ? getTranslation("vote.SHARE", r.voteSharePercent())
                : getTranslation("vote." + r.voteRule());
    }

    private void openEditor(AwardTypeRecord existing) {
        TextField code = new TextField(getTranslation("field.code"));
        TextField name = new TextField(getTranslation("field.name"));
        Select<AwardCategory> cat = select("field.category", AwardCategory.values(), "award.category.");
        Select<RecipientKind> recipient = select("field.recipientKind", RecipientKind.values(), "award.recipient.");
        Select<AwardLevel> level = select("field.level", AwardLevel.values(), "award.level.");
        TextField authority = new TextField(getTranslation("field.conferringAuthority"));
        IntegerField precedence = new IntegerField(getTranslation("field.precedence"));
        precedence.setHelperText(getTranslation("awardTypes.precedenceHelp"));
        Checkbox active = new Checkbox(getTranslation("common.active"), true);
        Checkbox registration = new Checkbox(getTranslation("field.requiresRegistration"));
        TextArea description = new TextArea(getTranslation("field.description"));
        if (existing != null) {
            code.setValue(existing.code());
            name.setValue(existing.name());
            cat.setValue(existing.category());
            recipient.setValue(existing.recipientKind());
            level.setValue(existing.level());
            authority.setValue(existing.conferringAuthority() == null ? "" : existing.conferringAuthority());
            precedence.setValue(existing.precedence());
            active.setValue(existing.active());
            registration.setValue(existing.requiresRegistration());
            description.setValue(existing.description() == null ? "" : existing.description());
        } else {
            precedence.setValue(100);
        }
        EntityDialog dialog = new EntityDialog(getTranslation(existing == null ? "awardTypes.add" : "awardTypes.edit"),
                () -> {
                    AwardTypeRecord saved = types.save(new AwardTypeRecord(existing == null ? null : existing.id(),
                            existing == null ? 0 : existing.version(), code.getValue(), name.getValue(),
                            cat.getValue(), recipient.getValue(), level.getValue(), authority.getValue(),
                            precedence.getValue() == null ? 100 : precedence.getValue(), active.getValue(),
                            registration.getValue(), description.getValue()));
                    Notifications.success(getTranslation("common.saved"));
                    refresh();
                    grid.select(saved);
                });
        dialog.field("code", code);
        dialog.wideField("name", name);
        dialog.field("category", cat);
        dialog.field("recipientKind", recipient);
        dialog.field("level", level);
        dialog.field("precedence", precedence);
        dialog.wideField("conferringAuthority", authority);
        dialog.wideField("description", description);
        dialog.form().add(active, registration);
        dialog.open();
    }

    private void openRule(AwardTypeRecord type, RuleRecord existing) {
        DatePicker from = DatePickers.create(getTranslation("field.effectiveFrom"),
                existing == null ? LocalDate.now(clock).plusDays(1) : existing.effectiveFrom());
        Select<VoteRule> vote = select("field.voteRule", VoteRule.values(), "vote.name.");
        IntegerField share = new IntegerField(getTranslation("field.voteSharePercent"));
        share.setSuffixComponent(new Span("%"));
        BigDecimalField coefIndividual = new BigDecimalField(getTranslation("field.coefIndividual"));
        BigDecimalField coefCollective = new BigDecimalField(getTranslation("field.coefCollective"));
        TextArea prerequisites = new TextArea(getTranslation("field.prerequisites"));
        TextField legalBasis = new TextField(getTranslation("field.legalBasis"));
        TextField criteriaSet = new TextField(getTranslation("field.criteriaSet"));
        IntegerField streak = new IntegerField(getTranslation("field.streakYears"));
        IntegerField minShare = new IntegerField(getTranslation("field.minSharePercent"));
        minShare.setSuffixComponent(new Span("%"));
        Checkbox minShareExclusive = new Checkbox(getTranslation("field.minShareExclusive"));
        IntegerField initiatives = new IntegerField(getTranslation("field.initiativeCount"));
        IntegerField quota = new IntegerField(getTranslation("field.quotaPercent"));
        quota.setSuffixComponent(new Span("%"));
        IntegerField quotaOutstanding = new IntegerField(getTranslation("field.quotaOutstandingPercent"));
        quotaOutstanding.setSuffixComponent(new Span("%"));
        TextArea articles = new TextArea(getTranslation("field.criteriaArticles"));
        RuleRecord base = existing != null ? existing : types.rules(type.id()).stream().findFirst().orElse(null);
        if (base != null) {
            vote.setValue(base.voteRule());
            share.setValue(base.voteSharePercent());
            coefIndividual.setValue(base.coefIndividual());
            coefCollective.setValue(base.coefCollective());
            prerequisites.setValue(base.prerequisites() == null ? "" : base.prerequisites());
            legalBasis.setValue(base.legalBasis() == null ? "" : base.legalBasis());
            RuleCriteria c = base.criteria();
            criteriaSet.setValue(c.criteriaSet() == null ? "" : c.criteriaSet());
            streak.setValue(c.streakYears());
            minShare.setValue(c.minSharePercent());
            minShareExclusive.setValue(c.minShareExclusive());
            initiatives.setValue(c.initiativeCount());
            quota.setValue(c.quotaPercent());
            quotaOutstanding.setValue(c.quotaOutstandingPercent());
            articles.setValue(c.criteriaArticles() == null ? "" : c.criteriaArticles());
        } else {
            vote.setValue(VoteRule.NONE);
        }
        share.setVisible(vote.getValue() == VoteRule.SHARE);
        vote.addValueChangeListener(e -> share.setVisible(e.getValue() == VoteRule.SHARE));
        EntityDialog dialog = new EntityDialog(getTranslation("awardTypes.ruleVersion", type.name()), () -> {
            types.saveRule(type.id(), new RuleRecord(existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.version(), from.getValue(), vote.getValue(), share.getValue(),
                    coefIndividual.getValue(), coefCollective.getValue(), prerequisites.getValue(),
                    legalBasis.getValue(), true, new RuleCriteria(criteriaSet.getValue(), streak.getValue(),
                            minShare.getValue(), minShareExclusive.getValue(), initiatives.getValue(), quota.getValue(),
                            quotaOutstanding.getValue(), articles.getValue())));
            Notifications.success(getTranslation("common.saved"));
            showDetails(type);
        });
        dialog.field("effectiveFrom", from);
        dialog.field("voteRule", vote);
        dialog.field("voteSharePercent", share);
        dialog.field("coefIndividual", coefIndividual);
        dialog.field("coefCollective", coefCollective);
        dialog.wideField("legalBasis", legalBasis);
        dialog.wideField("prerequisites", prerequisites);
        dialog.wideField("criteriaSet", criteriaSet);
        dialog.field("streakYears", streak);
        dialog.field("initiativeCount", initiatives);
        dialog.field("minSharePercent", minShare);
        dialog.field("quotaPercent", quota);
        dialog.field("quotaOutstandingPercent", quotaOutstanding);
        dialog.wideField("criteriaArticles", articles);
        dialog.form().add(minShareExclusive);
        if (existing != null) {
            dialog.getFooter().addComponentAsFirst(Ui.button("action.delete", VaadinIcon.TRASH, () -> Ui.confirm(
                    "awardTypes.deleteRule", Formats.date(existing.effectiveFrom()), "action.delete", () -> {
                        types.deleteRule(existing.id(), existing.version());
                        dialog.close();
                        showDetails(type);
                    })));
        }
        dialog.open();
    }

    private <E extends Enum<E>> Select<E> select(String labelKey, E[] values, String prefix) {
        Select<E> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> getTranslation(prefix + v.name()));
        return select;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.awardTypes");
    }
}
