package vn.tdkt.nomination.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.service.PersistenceConfig;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.nomination.domain.DecidingBody;
import vn.tdkt.nomination.domain.RoundStatus;
import vn.tdkt.nomination.service.AwardRoundService.RoundDetails;
import vn.tdkt.nomination.service.AwardRoundService.TransitionRecord;
import vn.tdkt.nomination.service.AwardRoundService;
import vn.tdkt.nomination.service.NominationService;
import vn.tdkt.nomination.service.PublicationService;
import vn.tdkt.nomination.service.RoundOverviewService;
import vn.tdkt.nomination.service.SuggestionService;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.organization.service.UnitService;

/** One round: its data, deadlines, the steps it may take now, and the steps it took. */
@Route("thi-dua/dot-xet/chi-tiet")
@RolesAllowed({"ADMIN", "SECRETARY", "COUNCIL_MEMBER", "UNIT_OFFICER", "VIEWER"})
public class RoundView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AwardRoundService rounds;
    private final UnitService units;
    private final AwardTypeService awardTypes;
    private final MovementService movements;
    private final NominationService nominations;
    private final SuggestionService suggestions;
    private final PublicationService publication;
    private final RoundOverviewService overview;
    private final Clock clock;
    private final boolean manager = CurrentUser.organiser();
    private RoundDetails round;

    public RoundView(AwardRoundService rounds, UnitService units, AwardTypeService awardTypes,
            MovementService movements, NominationService nominations, SuggestionService suggestions,
            PublicationService publication, RoundOverviewService overview, Clock clock) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.suggestions = suggestions;
        this.publication = publication;
        this.overview = overview;
        this.units = units;
        this.awardTypes = awardTypes;
        this.movements = movements;
        this.clock = clock;
        addClassName("tdkt-view");
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(rounds.get(id));
    }

    private void show(RoundDetails details) {
        round = details;
        removeAll();
        H2 title = new H2(details.name());
        title.setId("round-title");
        Span status = RoundBadges.status(details.status());
        status.setId("round-status");
        HorizontalLayout header = new HorizontalLayout(title, status);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header);
        if (manager) {
            add(actions(details));
        }
        add(info(details), new RoundNominations(details, nominations, suggestions, publication, overview, clock),
                new H3(getTranslation("rounds.history")), history(details));
    }

    private HorizontalLayout actions(RoundDetails details) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.getStyle().set("flex-wrap", "wrap");
        if (details.datesEditable()) {
            Button edit = new Button(getTranslation(details.editable() ? "action.edit" : "rounds.editDates"),
                    VaadinIcon.EDIT.create(), e -> RoundEditor.open(round, rounds, units, awardTypes, movements,
                            clock, this::show));
            edit.setId("round-edit");
            actions.add(edit);
        }
        // Forward steps first and prominent; going back to reception is the quiet one.
        details.next().stream().sorted(Comparator.comparing((RoundStatus s) -> s.ordinal() < details.status()
                .ordinal()).thenComparing(Comparator.naturalOrder())).forEach(to -> {
                    Button step = new Button(getTranslation("rounds.to." + to), VaadinIcon.ARROW_RIGHT.create(),
                            e -> confirmStep(to));
                    step.setId("round-to-" + to.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                    step.addThemeVariants(to.ordinal() > details.status().ordinal() ? ButtonVariant.LUMO_PRIMARY
                            : ButtonVariant.LUMO_TERTIARY);
                    actions.add(step);
                });
        if (details.deletable()) {
            Button delete = new Button(getTranslation("action.delete"), VaadinIcon.TRASH.create(), e ->
                    Ui.confirm("rounds.deleteHeader", getTranslation("rounds.deleteText", round.name()),
                            "action.delete", () -> {
                                rounds.delete(round.id(), round.version());
                                Notifications.success(getTranslation("rounds.deleted", round.name()));
                                getUI().ifPresent(ui -> ui.navigate(RoundsView.class));
                            }));
            delete.setId("round-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(delete);
        }
        return actions;
    }

    /** Asks before a step, with an optional note (required to reopen); a refusal keeps the dialog open. */
    private void confirmStep(RoundStatus to) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("rounds.stepHeader"));
        dialog.setWidth("min(34rem, 95vw)");
        Paragraph text = new Paragraph(getTranslation("rounds.stepText", round.name(),
                getTranslation("RoundStatus." + round.status()), getTranslation("RoundStatus." + to)));
        TextArea note = new TextArea(getTranslation("field.note"));
        note.setId("round-step-note");
        note.setWidthFull();
        dialog.add(text, note);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        Button confirm = new Button(getTranslation("rounds.to." + to), e -> {
            note.setInvalid(false);
            try {
                RoundDetails next = rounds.step(round.id(), round.version(), to, note.getValue());
                dialog.close();
                Notifications.success(getTranslation("rounds.statusChanged",
                        getTranslation("RoundStatus." + next.status())));
                show(next);
            } catch (BusinessException ex) {
                String message = Notifications.describe(getUI().orElse(null), ex);
                if ("note".equals(ex.getField())) {
                    note.setErrorMessage(message);
                    note.setInvalid(true);
                }
                Notifications.error(message);
            }
        });
        confirm.setId("round-step-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private Component info(RoundDetails d) {
        VerticalLayout info = new VerticalLayout();
        info.setPadding(false);
        info.setSpacing(false);
        LocalDate today = LocalDate.now(clock);
        info.add(line("rounds.kind", new Span(getTranslation("RoundKind." + d.kind()))),
                line("rounds.years", new Span(d.yearFrom() == d.yearTo() ? String.valueOf(d.yearFrom())
                        : d.yearFrom() + "–" + d.yearTo())),
                line("rounds.movement", new Span(d.movement() == null ? "—" : d.movement())),
                line("rounds.office", new Span(d.office())),
                line("rounds.decidingBody", new Span(getTranslation("DecidingBody." + d.decidingBody())
                        + (d.decidingBody() == DecidingBody.HIGHER_BODY ? ": " + d.higherBody() : ""))),
                line("rounds.scope", new Span(d.scope().stream().map(UnitOption::fullName)
                        .collect(Collectors.joining("; ")))),
                line("rounds.awards", new Span(d.awards().stream().map(AwardTypeRecord::name)
                        .collect(Collectors.joining("; ")))),
                line("rounds.submissionDeadline", d.status() == RoundStatus.OPEN
                        ? RoundBadges.deadline(d.submissionDeadline(), today)
                        : new Span(Formats.date(d.submissionDeadline()))),
                line("rounds.reviewDeadline", d.status() == RoundStatus.REVIEWING
                        ? RoundBadges.deadline(d.reviewDeadline(), today)
                        : new Span(Formats.date(d.reviewDeadline()))),
                line("rounds.publicationFrom", new Span(d.publicationFrom() == null ? "—"
                        : Formats.date(d.publicationFrom()) + " – " + Formats.date(d.publicationTo()))));
        return info;
    }

    private Grid<TransitionRecord> history(RoundDetails d) {
        Grid<TransitionRecord> history = new Grid<>();
        history.setId("round-history");
        history.addColumn(t -> Formats.DATE_TIME.format(t.at().atZone(PersistenceConfig.ZONE)))
                .setHeader(getTranslation("field.time")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(t -> getTranslation("RoundStatus." + t.from()) + " → "
                + getTranslation("RoundStatus." + t.to())).setHeader(getTranslation("field.step")).setAutoWidth(true);
        history.addColumn(TransitionRecord::by).setHeader(getTranslation("field.username")).setAutoWidth(true);
        history.addColumn(TransitionRecord::note).setHeader(getTranslation("field.note")).setFlexGrow(1);
        history.setItems(d.transitions());
        history.setAllRowsVisible(true);
        Ui.emptyState(history, "rounds.noHistory");
        return history;
    }

    private Div line(String key, Component value) {
        Span label = new Span(getTranslation(key) + ": ");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return new Div(label, value);
    }

    @Override
    public String getPageTitle() {
        return round == null ? getTranslation("nav.rounds") : round.name();
    }
}
