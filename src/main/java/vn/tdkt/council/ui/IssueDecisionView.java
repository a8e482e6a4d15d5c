package vn.tdkt.council.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.ui.DatePickers;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.council.service.IssuingService;
import vn.tdkt.council.service.IssuingService.IssueCandidate;
import vn.tdkt.council.service.IssuingService.IssueDraft;
import vn.tdkt.council.service.IssuingService.IssueGroup;
import vn.tdkt.council.service.IssuingService.IssuePlan;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.OwnDocumentService.SubmissionRecord;
import vn.tdkt.decision.service.SubmissionDocuments;
import vn.tdkt.nomination.domain.RoundStatus;
import vn.tdkt.nomination.service.AwardRoundService;
import vn.tdkt.nomination.service.AwardRoundService.RoundFilter;
import vn.tdkt.nomination.service.AwardRoundService.RoundRow;
import vn.tdkt.reporting.ui.Downloads;

/**
 * The secretary issues a round's outcome after the council: this office's decision for the
 * passed candidates of the awards it confers, the tờ trình to the higher body for the others.
 * Each is confirmed first (it cannot be undone) and is one step: number, register, outcome.
 */
@Route("thi-dua/ban-hanh")
@Menu(title = "nav.issue", order = 14, icon = "vaadin:file-text-o")
@RolesAllowed({"ADMIN", "SECRETARY"})
public class IssueDecisionView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final IssuingService issuing;
    private final AwardRoundService rounds;
    private final Clock clock;
    private final SubmissionDocuments submissionDocuments;
    private final ComboBox<RoundRow> round = new ComboBox<>();
    private final DatePicker date;
    private final TextField signer = new TextField();
    private final TextField signerTitle = new TextField();
    private final TextArea reason = new TextArea();
    private final TextField addressee = new TextField();
    private final VerticalLayout body = new VerticalLayout();
    private final Map<Long, Checkbox> chosenGroups = new LinkedHashMap<>();
    private IssuePlan plan;

    public IssueDecisionView(IssuingService issuing, AwardRoundService rounds, Clock clock,
            SubmissionDocuments submissionDocuments) {
        this.submissionDocuments = submissionDocuments;
        this.issuing = issuing;
        this.rounds = rounds;
        this.clock = clock;
        addClassName("tdkt-view");
        setSizeFull();
        H2 title = new H2(getTranslation("issue.title"));
        round.setId("issue-round");
        round.setLabel(getTranslation("issue.round"));
        round.setItemLabelGenerator(RoundRow::name);
        round.setItems(rounds.page(new RoundFilter("", Set.of(RoundStatus.AT_COUNCIL, RoundStatus.DECIDED), 0), 0,
                100));
        round.setWidth("min(40rem, 100%)");
        round.addValueChangeListener(e -> show());
        date = DatePickers.create(getTranslation("field.decisionDate"), LocalDate.now(clock));
        date.setId("issue-date");
        date.addValueChangeListener(e -> show());
        signer.setId("issue-signer");
        signer.setLabel(getTranslation("issue.signer"));
        signerTitle.setId("issue-signer-title");
        signerTitle.setLabel(getTranslation("issue.signerTitle"));
        reason.setId("issue-reason");
        reason.setLabel(getTranslation("issue.reason"));
        reason.setWidthFull();
        addressee.setId("issue-addressee");
        addressee.setLabel(getTranslation("issue.addressee"));
        addressee.setWidth("min(30rem, 100%)");
        body.setPadding(false);
        add(title, new Paragraph(getTranslation("issue.help")), round, body);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long roundId) {
        if (roundId != null) {
            round.getListDataView().getItems().filter(r -> r.id().equals(roundId)).findFirst()
                    .ifPresent(round::setValue);
        }
    }

    private void show() {
        body.removeAll();
        chosenGroups.clear();
        RoundRow chosen = round.getValue();
        if (chosen == null) {
            return;
        }
        plan = issuing.plan(chosen.id(), date.getValue());
        body.add(new Div(new Span(getTranslation("issue.issuer", plan.issuer())),
                new Div(new Span(plan.earliestDate() == null ? "" : getTranslation("issue.meetingDate",
                        Formats.date(plan.earliestDate()))))));
        HorizontalLayout head = new HorizontalLayout(date, signer, signerTitle);
        head.getStyle().set("flex-wrap", "wrap");
        body.add(head, reason);
        if (plan.groups().isEmpty()) {
            body.add(new Paragraph(getTranslation("issue.empty")));
        }
        for (IssueGroup g : plan.groups()) {
            body.add(group(g));
        }
        body.add(actions());
        if (!plan.submissions().isEmpty()) {
            body.add(new H3(getTranslation("issue.submissions")), submissions(plan.submissions()));
        }
    }

    private Component group(IssueGroup g) {
        Checkbox include = new Checkbox(g.awardName() + " — " + (g.ownDecision() ? getTranslation("issue.own")
                : getTranslation("issue.higher", g.addressee())));
        include.setId("issue-group-" + g.awardTypeId());
        include.setValue(!g.passed().isEmpty());
        include.setEnabled(!g.passed().isEmpty() && plan.issuable());
        chosenGroups.put(g.awardTypeId(), include);
        Grid<IssueCandidate> grid = new Grid<>();
        grid.setId("issue-candidates-" + g.awardTypeId());
        grid.addColumn(c -> c.name()).setHeader(getTranslation("issue.recipient")).setFlexGrow(1);
        grid.addColumn(c -> c.kind() == RecipientKind.COLLECTIVE ? getTranslation("issue.collective")
                : c.unitName()).setHeader(getTranslation("issue.unit")).setFlexGrow(1);
        grid.addColumn(c -> getTranslation("NominationStatus." + c.status())).setHeader(getTranslation(
                "issue.status")).setAutoWidth(true);
        grid.addColumn(c -> c.amount() == null ? "" : Formats.money(c.amount()))
                .setHeader(getTranslation("issue.money")).setAutoWidth(true);
        grid.setItems(g.candidates());
        grid.setAllRowsVisible(true);
        VerticalLayout box = new VerticalLayout(include, grid);
        box.setPadding(false);
        return box;
    }

    private Component actions() {
        HorizontalLayout actions = new HorizontalLayout();
        actions.getStyle().set("flex-wrap", "wrap");
        List<IssueCandidate> own = chosen(true);
        List<IssueCandidate> higher = chosen(false);
        BigDecimal total = own.stream().map(IssueCandidate::amount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Button decide = new Button(getTranslation("issue.decide", own.size(), plan.nextDecision() == null ? "—"
                : plan.nextDecision()), VaadinIcon.FILE_TEXT_O.create(), e -> confirm(true));
        decide.setId("issue-decide");
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decide.setEnabled(plan.issuable() && !own.isEmpty());
        Button forward = new Button(getTranslation("issue.forward", higher.size(), plan.nextSubmission() == null
                ? "—" : plan.nextSubmission()), VaadinIcon.ARROW_FORWARD.create(), e -> confirm(false));
        forward.setId("issue-forward");
        forward.setEnabled(plan.issuable() && !higher.isEmpty());
        Span sum = new Span(getTranslation("issue.total", Formats.money(total)));
        sum.setId("issue-total");
        actions.add(decide, sum, addressee, forward);
        actions.setAlignItems(Alignment.BASELINE);
        if (plan.roundDone() && plan.roundStatus() == RoundStatus.AT_COUNCIL) {
            Button close = new Button(getTranslation("issue.roundDecided"), VaadinIcon.CHECK.create(), e -> Ui.run(
                    () -> {
                        rounds.step(plan.roundId(), plan.roundVersion(), RoundStatus.DECIDED, null);
                        Notifications.success(getTranslation("issue.roundDecidedDone"));
                        show();
                    }));
            close.setId("issue-round-decided");
            actions.add(close);
        }
        return actions;
    }

    private List<IssueCandidate> chosen(boolean own) {
        List<IssueCandidate> list = new ArrayList<>();
        plan.groups().stream().filter(g -> g.ownDecision() == own)
                .filter(g -> chosenGroups.get(g.awardTypeId()).getValue()).forEach(g -> list.addAll(g.passed()));
        return list;
    }

    /** Issuing cannot be undone: the secretary confirms with the number and the count before it happens. */
    private void confirm(boolean own) {
        List<IssueCandidate> list = chosen(own);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(own ? "issue.confirmDecision" : "issue.confirmSubmission"));
        dialog.add(new Paragraph(getTranslation("issue.confirmText", list.size(), Formats.date(date.getValue()),
                own ? plan.nextDecision() : plan.nextSubmission())));
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        Button ok = new Button(getTranslation(own ? "issue.confirmDecision" : "issue.confirmSubmission"), e -> {
            IssueDraft draft = new IssueDraft(list.stream().map(IssueCandidate::nominationId).toList(),
                    date.getValue(), signer.getValue(), signerTitle.getValue(), reason.getValue(),
                    addressee.getValue());
            Ui.run(() -> {
                if (own) {
                    DecisionDetails d = issuing.issueDecision(plan.roundId(), draft);
                    Notifications.success(getTranslation("issue.decided", d.docNumber(), d.awards().size()));
                } else {
                    SubmissionRecord s = issuing.forward(plan.roundId(), draft);
                    Notifications.success(getTranslation("issue.forwarded", s.docNumber(), s.lines().size()));
                }
                dialog.close();
            });
            show();
        });
        ok.setId("issue-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }

    private Grid<SubmissionRecord> submissions(List<SubmissionRecord> list) {
        Grid<SubmissionRecord> grid = new Grid<>();
        grid.setId("issue-submissions");
        grid.addColumn(SubmissionRecord::docNumber).setHeader(getTranslation("issue.number")).setAutoWidth(true);
        grid.addColumn(s -> Formats.date(s.date())).setHeader(getTranslation("field.date")).setAutoWidth(true);
        grid.addColumn(SubmissionRecord::addressee).setHeader(getTranslation("issue.addressee")).setFlexGrow(1);
        grid.addColumn(s -> s.lines().size()).setHeader(getTranslation("issue.count")).setAutoWidth(true);
        grid.addComponentColumn(s -> {
            Long id = s.id();
            return new HorizontalLayout(
                    Downloads.link("submission-docx-" + id, getTranslation("document.submissionDocx"),
                            VaadinIcon.FILE_TEXT_O, () -> submissionDocuments.docx(id), null),
                    Downloads.link("submission-pdf-" + id, getTranslation("document.submissionPdf"),
                            VaadinIcon.PRINT, () -> submissionDocuments.pdf(id), null));
        }).setHeader(getTranslation("document.print")).setAutoWidth(true);
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("issue.title");
    }
}
