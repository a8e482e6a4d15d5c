package vn.tdkt.decision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.decision.domain.AwardState;
import vn.tdkt.decision.domain.DecisionStatus;
import vn.tdkt.decision.service.AwardListService;
import vn.tdkt.decision.service.DecisionDocuments;
import vn.tdkt.decision.service.DecisionRecords.AmendmentRecord;
import vn.tdkt.decision.service.DecisionRecords.AwardRecord;
import vn.tdkt.decision.service.DecisionRecords.BaseWarning;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.DecisionRecords.MoneyNote;
import vn.tdkt.decision.service.DecisionRecords;
import vn.tdkt.decision.service.DecisionService;
import vn.tdkt.document.service.FileService;
import vn.tdkt.document.ui.FileField;

/** One decision: its particulars, its list of recipients (sổ vàng order), amendments and revocation. */
@Route("so-khen-thuong/quyet-dinh")
@PermitAll
public class DecisionView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final DecisionService decisions;
    private final AwardListService awardLists;
    private final DecisionEditor editor;
    private final FileService files;
    private final AuditService audit;
    private final DecisionDocuments documents;
    private final boolean canWrite;
    private DecisionDetails decision;

    public DecisionView(DecisionService decisions, AwardListService awardLists, DecisionEditor editor,
            FileService files, AuditService audit, DecisionDocuments documents) {
        this.decisions = decisions;
        this.awardLists = awardLists;
        this.editor = editor;
        this.files = files;
        this.audit = audit;
        this.documents = documents;
        this.canWrite = CurrentUser.organiser();
        addClassName("tdkt-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(decisions.get(id));
    }

    static Component number(String number, boolean wellFormed) {
        Span text = new Span(number);
        if (!wellFormed) {
            Span flag = new Span(VaadinIcon.WARNING.create());
            flag.setTitle(text.getTranslation("decision.malformedNumber"));
            flag.addClassName("tdkt-warning");
            return new Span(text, flag);
        }
        return text;
    }

    private void show(DecisionDetails d) {
        decision = d;
        removeAll();
        H2 title = new H2(getTranslation("decision.title", d.docNumber(), Formats.longDate(d.decisionDate())));
        Span status = new Span(getTranslation("DecisionStatus." + d.status()));
        status.getElement().getThemeList().add(d.status() == DecisionStatus.REVOKED ? "badge error"
                : d.draft() ? "badge contrast" : "badge success");
        status.setId("decision-status");
        HorizontalLayout head = new HorizontalLayout(title, status);
        head.setAlignItems(Alignment.BASELINE);
        add(head);
        if (!d.number().wellFormed()) {
            Span warn = new Span(getTranslation("decision.malformedNumber"));
            warn.addClassName("tdkt-warning");
            add(warn);
        }
        Div facts = new Div();
        facts.addClassName("tdkt-facts");
        fact(facts, "register.issuer", d.issuer());
        fact(facts, "register.year", d.years());
        fact(facts, "decision.signer", Ui.join(d.signerTitle(), d.signerName()));
        fact(facts, "decision.reason", d.reason());
        fact(facts, "register.movement", d.movementName());
        fact(facts, "decision.source", getTranslation("DecisionSource." + d.source()));
        fact(facts, "decision.totalAmount", money(d.totalAmount(), d.totalNote()));
        if (d.scan() != null) {
            facts.add(new Span(getTranslation("decision.scan") + ": "), FileField.FileLinks.link(files, d.scan()));
        }
        if (d.status() == DecisionStatus.REVOKED) {
            fact(facts, "decision.revokedOn", Formats.date(d.revokedOn()));
            fact(facts, "decision.revokeReason", d.revokeReason());
            fact(facts, "decision.legalGround", d.revokeGround());
            fact(facts, "decision.revokedBy", d.revokedBy());
        }
        add(facts);
        if (d.baseWarning() != null) {
            add(baseWarning(d.baseWarning()));
        }
        if (canWrite && d.status() != DecisionStatus.REVOKED) {
            add(actions(d));
        }
        add(DecisionDownloads.bar(documents, d));
        add(new H3(getTranslation("decision.recipients", d.awards().size())));
        add(recipients(d));
        List<AwardRecord> revoked = d.awards().stream().filter(r -> r.state() == AwardState.REVOKED).toList();
        if (!revoked.isEmpty()) {
            add(new H3(getTranslation("decision.revocations")));
            Div lines = new Div();
            lines.setId("decision-revocations");
            revoked.forEach(r -> lines.add(RevocationNote.line(r.name(), r.awardName(), r.revokedOn(),
                    r.revokeReason(), r.revokeGround(), r.revokedBy())));
            add(lines);
        }
        if (!d.amendments().isEmpty()) {
            add(new H3(getTranslation("decision.amendments")));
            Grid<AmendmentRecord> grid = new Grid<>();
            grid.addColumn(a -> Formats.date(a.on())).setHeader(getTranslation("field.date")).setWidth("8rem")
                    .setFlexGrow(0);
            grid.addColumn(AmendmentRecord::docNumber).setHeader(getTranslation("register.docNumber"))
                    .setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(AmendmentRecord::reason).setHeader(getTranslation("decision.amendmentReason"));
            grid.addColumn(AmendmentRecord::changes).setHeader(getTranslation("decision.changes")).setFlexGrow(3);
            grid.addColumn(AmendmentRecord::by).setHeader(getTranslation("decision.by")).setAutoWidth(true)
                    .setFlexGrow(0);
            grid.setItems(d.amendments());
            grid.setAllRowsVisible(true);
            grid.setId("decision-amendments");
            add(grid);
        }
        if (canWrite) {
            add(new vn.tdkt.audit.ui.AuditTrailPanel(audit, DecisionRecords.AUDITED_DECISION, d.id()));
        }
    }

    private HorizontalLayout actions(DecisionDetails d) {
        List<Component> buttons = new ArrayList<>();
        buttons.add(Ui.button(d.draft() ? "action.edit" : "decision.amend", VaadinIcon.EDIT,
                () -> editor.open(d, this::show)));
        Button add = Ui.button("decision.addRecipient", VaadinIcon.PLUS, () -> editor.openRecipient(d, null,
                this::show));
        add.setId("decision-add-recipient");
        buttons.add(add);
        if (d.draft()) {
            Button record = Ui.primary("decision.record", VaadinIcon.CHECK, () -> Ui.confirm("decision.record",
                    getTranslation("decision.recordConfirm", d.docNumber(), d.awards().size()), "decision.record",
                    () -> show(decisions.record(d.id(), d.version()))));
            record.setId("decision-record");
            buttons.add(record);
            Button delete = Ui.button("action.delete", VaadinIcon.TRASH, () -> Ui.confirm("action.delete",
                    getTranslation("decision.deleteConfirm", d.docNumber()), "action.delete", () -> {
                        decisions.deleteDraft(d.id(), d.version());
                        getUI().ifPresent(ui -> ui.navigate(DecisionsView.class));
                    }));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(delete);
        } else {
            Button revoke = Ui.button("decision.revoke", VaadinIcon.BAN, () -> editor.openRevocation(d, null,
                    this::show));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            revoke.setId("decision-revoke");
            buttons.add(revoke);
        }
        return Ui.toolbar(buttons.toArray(Component[]::new));
    }

    private Grid<AwardRecord> recipients(DecisionDetails d) {
        Grid<AwardRecord> grid = new Grid<>();
        grid.addColumn(r -> r.registerNo() == null ? "" : String.valueOf(r.registerNo()))
                .setHeader(getTranslation("register.registerNo")).setWidth("6rem").setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Anchor name = new Anchor(r.kind() == RecipientKind.COLLECTIVE ? "so-khen-thuong/don-vi/" + r.unitId()
                    : r.personId() == null ? "" : "so-khen-thuong/ca-nhan/" + r.personId(), r.name());
            return name;
        }).setHeader(getTranslation("register.recipient")).setFlexGrow(3);
        grid.addColumn(r -> r.kind() == RecipientKind.INDIVIDUAL ? Ui.join(r.positionName(), r.unitName()) : "")
                .setHeader(getTranslation("decision.positionUnit")).setFlexGrow(3);
        grid.addColumn(AwardRecord::awardName).setHeader(getTranslation("register.award")).setFlexGrow(2);
        grid.addColumn(r -> money(r.amount(), r.money()))
                .setHeader(getTranslation("decision.amount")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> AwardStatus.badge(r.state(), r.revokeReason()))
                .setHeader(getTranslation("field.status")).setAutoWidth(true).setFlexGrow(0);
        if (DecisionDownloads.certificatesPrintable(d)) {
            grid.addComponentColumn(r -> DecisionDownloads.certificate(documents, d, r))
                    .setHeader(getTranslation("document.certificate")).setKey("certificate").setAutoWidth(true)
                    .setFlexGrow(0);
        }
        if (canWrite && d.status() != DecisionStatus.REVOKED) {
            grid.addComponentColumn(r -> rowActions(d, r)).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(d.awards());
        grid.setAllRowsVisible(d.awards().size() <= 50);
        if (d.awards().size() > 50) {
            grid.setHeight("36rem");
        }
        Ui.emptyState(grid, "decision.noRecipients");
        grid.setId("decision-recipients");
        return grid;
    }

    private Component rowActions(DecisionDetails d, AwardRecord r) {
        HorizontalLayout row = new HorizontalLayout();
        if (r.state() == AwardState.REVOKED) {
            return row;
        }
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> editor.openRecipient(d, r, this::show));
        edit.setTooltipText(getTranslation(d.draft() ? "action.edit" : "decision.amend"));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        row.add(edit);
        if (d.draft()) {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> Ui.confirm("action.delete",
                    getTranslation("decision.removeConfirm", r.name()), "action.delete",
                    () -> show(awardLists.removeAward(r.id(), r.version()))));
            remove.setTooltipText(getTranslation("action.delete"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.add(remove);
        } else {
            Button revoke = new Button(VaadinIcon.BAN.create(), e -> editor.openRevocation(d, r, this::show));
            revoke.setTooltipText(getTranslation("decision.revokeRecipient"));
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.add(revoke);
        }
        return row;
    }

    /** A sum of money, or why there is none: never "0 đồng" for money nobody recorded. */
    static String money(java.math.BigDecimal amount, MoneyNote note) {
        return switch (note) {
            case AMOUNT -> Formats.money(amount);
            case NONE_BY_RULES -> UI.getCurrent().getTranslation("money.noneByRules");
            case NO_DATA -> UI.getCurrent().getTranslation("money.noData");
        };
    }

    /** The warning that the money rests on a base salary not (or no longer) to be relied on. */
    static Span baseWarning(BaseWarning w) {
        Span warn = new Span(VaadinIcon.WARNING.create(), new Span(w.corrected()
                ? UI.getCurrent().getTranslation("decision.baseCorrected", Formats.amount(w.usedAmount()),
                        Formats.amount(w.amount()), Formats.date(w.effectiveFrom()))
                : UI.getCurrent().getTranslation("decision.baseUnconfirmed", Formats.amount(w.amount()),
                        Formats.date(w.effectiveFrom()))));
        warn.addClassName("tdkt-warning");
        warn.setId("decision-base-warning");
        return warn;
    }

    private void fact(Div facts, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Div line = new Div(new Span(getTranslation(labelKey) + ": "), new Span(value));
        line.addClassName("tdkt-fact");
        facts.add(line);
    }

    @Override
    public String getPageTitle() {
        return decision == null ? getTranslation("nav.decisions") : decision.docNumber();
    }
}
