package vn.tdkt.nomination.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import vn.tdkt.base.domain.Role;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.service.PersistenceConfig;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.TextDialog;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.movement.service.EmulationFactsService.FlagProposal;
import vn.tdkt.nomination.domain.NominationStatus;
import vn.tdkt.nomination.domain.RoundStatus;
import vn.tdkt.nomination.service.AwardRoundService.RoundDetails;
import vn.tdkt.nomination.service.NominationService.NominationRow;
import vn.tdkt.nomination.service.NominationService;
import vn.tdkt.nomination.service.PublicationService.ObjectionRecord;
import vn.tdkt.nomination.service.PublicationService;
import vn.tdkt.nomination.service.RoundOverviewService.Overview;
import vn.tdkt.nomination.service.RoundOverviewService.UnitLine;
import vn.tdkt.nomination.service.RoundOverviewService;
import vn.tdkt.nomination.service.SuggestionService.Suggestion;
import vn.tdkt.nomination.service.SuggestionService;

/**
 * The nominations part of a round's page, by role: the unit's or all dossiers with their status
 * and verdict, the suggestions ("who may be forgotten", the flag from bloc scoring), the
 * overview, the published candidate list with its xlsx and the staff's comments.
 */
final class RoundNominations extends VerticalLayout {

    private final NominationService nominations;
    private final SuggestionService suggestions;
    private final PublicationService publication;
    private final RoundOverviewService overview;
    private final Clock clock;
    private final boolean organiser = CurrentUser.organiser();
    private final boolean officer = CurrentUser.hasRole(Role.UNIT_OFFICER);
    private final boolean reader = organiser || officer || CurrentUser.hasRole(Role.COUNCIL_MEMBER);
    private final RoundDetails round;

    RoundNominations(RoundDetails round, NominationService nominations, SuggestionService suggestions,
            PublicationService publication, RoundOverviewService overview, Clock clock) {
        this.round = round;
        this.nominations = nominations;
        this.suggestions = suggestions;
        this.publication = publication;
        this.overview = overview;
        this.clock = clock;
        setPadding(false);
        show();
    }

    private void show() {
        removeAll();
        if (reader) {
            add(new H3(getTranslation("nominations.title")), toolbar(), list());
        }
        if ((organiser || officer) && round.status() == RoundStatus.OPEN) {
            add(forgotten());
        }
        if (organiser && round.status() == RoundStatus.OPEN) {
            add(flags());
        }
        if (reader) {
            add(overview());
        }
        if (round.status().isPublic() || organiser) {
            add(candidates());
        }
        if (round.status().isPublic() || organiser) {
            add(objections());
        }
    }

    private Component toolbar() {
        HorizontalLayout bar = new HorizontalLayout();
        LocalDate today = LocalDate.now(clock);
        if ((organiser || officer) && round.status() == RoundStatus.OPEN && !today.isAfter(round.submissionDeadline())) {
            Button propose = Ui.primary("nominations.new", VaadinIcon.PLUS,
                    () -> NominationView.openNew(round.id(), null, null, null));
            propose.setId("nominations-new");
            bar.add(propose);
        }
        return bar;
    }

    private Grid<NominationRow> list() {
        Grid<NominationRow> grid = new Grid<>();
        grid.setId("nominations-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(NominationRow::recipientName).setHeader(getTranslation("nomination.recipient"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(NominationRow::awardName).setHeader(getTranslation("field.awardType")).setAutoWidth(true);
        grid.addColumn(NominationRow::unitName).setHeader(getTranslation("nomination.unit")).setFlexGrow(1);
        grid.addComponentColumn(r -> NominationBadges.status(r.status())).setHeader(getTranslation("field.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> CheckBadges.verdict(r.verdict())).setHeader(getTranslation("nomination.verdict"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(NominationRow::revision).setHeader(getTranslation("nomination.revisionCount"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(nominations.list(round.id(), null));
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(NominationView.class, e.getItem().id()));
        Ui.emptyState(grid, "nominations.empty");
        return grid;
    }

    private Component forgotten() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("nominations-forgotten");
        Button find = Ui.button("nominations.findForgotten", VaadinIcon.SEARCH, () -> {
            Long unit = organiser ? round.officeUnitId() : CurrentUser.unitId().orElse(null);
            List<Suggestion> found = suggestions.forgotten(round.id(), unit);
            Grid<Suggestion> grid = new Grid<>();
            grid.setId("nominations-forgotten-grid");
            grid.addColumn(Suggestion::fullName).setHeader(getTranslation("nomination.recipient")).setAutoWidth(true);
            grid.addColumn(s -> s.positionName() == null ? "" : s.positionName())
                    .setHeader(getTranslation("field.position")).setAutoWidth(true);
            grid.addColumn(Suggestion::awardName).setHeader(getTranslation("field.awardType")).setAutoWidth(true);
            grid.addComponentColumn(s -> {
                Button b = new Button(getTranslation("nominations.proposeThis"),
                        e -> NominationView.openNew(round.id(), s.unitId(), s.personId(), s.awardTypeId()));
                b.addThemeVariants(ButtonVariant.LUMO_SMALL);
                return b;
            }).setAutoWidth(true).setFlexGrow(0);
            grid.setItems(found);
            grid.setAllRowsVisible(true);
            Ui.emptyState(grid, "nominations.noneForgotten");
            box.removeAll();
            box.add(new H3(getTranslation("nominations.forgotten")), new Paragraph(getTranslation(
                    "nominations.forgottenHint")), grid);
        });
        find.setId("nominations-find-forgotten");
        box.add(find);
        return box;
    }

    private Component flags() {
        List<FlagProposal> proposals = suggestions.flagProposals(round.id());
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        if (proposals.isEmpty()) {
            return box;
        }
        box.add(new H3(getTranslation("nominations.flags")));
        for (FlagProposal p : proposals) {
            Button b = new Button(getTranslation("nominations.flagPropose"), e -> apply(() -> {
                var created = suggestions.nominateFlag(round.id(), p.scoringId());
                UI.getCurrent().navigate(NominationView.class, created.row().id());
                return null;
            }));
            b.setId("nominations-flag-" + p.scoringId());
            box.add(new HorizontalLayout(new Span(getTranslation("nominations.flagLine", p.unitName(), p.awardName(),
                    p.blocName(), p.year())), b));
        }
        return box;
    }

    private Component overview() {
        Overview o = overview.overview(round.id());
        Grid<UnitLine> grid = new Grid<>();
        grid.setId("nominations-overview");
        grid.addColumn(UnitLine::unitName).setHeader(getTranslation("nomination.unit")).setFlexGrow(1);
        for (NominationStatus s : NominationStatus.values()) {
            grid.addColumn(l -> l.count(s)).setHeader(getTranslation("NominationStatus." + s)).setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setItems(o.units());
        grid.setAllRowsVisible(true);
        Ui.emptyState(grid, "nominations.empty");
        VerticalLayout awards = new VerticalLayout();
        awards.setPadding(false);
        awards.setSpacing(false);
        o.awards().forEach(a -> awards.add(new Span(getTranslation("nominations.awardLine", a.awardName(),
                a.proposed(), a.accepted()))));
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("nominations.overview")), grid, awards);
        box.setPadding(false);
        return box;
    }

    private Component candidates() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(getTranslation("nominations.candidates")));
        if (!round.status().isPublic()) {
            box.add(new Paragraph(getTranslation("nominations.notPublishedYet")));
        }
        Grid<NominationRow> grid = new Grid<>();
        grid.setId("candidates-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(NominationRow::recipientName).setHeader(getTranslation("nomination.recipient"))
                .setAutoWidth(true);
        grid.addColumn(NominationRow::awardName).setHeader(getTranslation("field.awardType")).setAutoWidth(true);
        grid.addColumn(NominationRow::unitName).setHeader(getTranslation("nomination.unit")).setFlexGrow(1);
        grid.addColumn(r -> r.summary() == null ? "" : r.summary()).setHeader(getTranslation("nomination.summary"))
                .setFlexGrow(2);
        LocalDate today = LocalDate.now(clock);
        boolean open = round.status() == RoundStatus.PUBLISHED && round.publicationFrom() != null
                && !today.isBefore(round.publicationFrom()) && !today.isAfter(round.publicationTo());
        if (open) {
            grid.addComponentColumn(r -> {
                Button b = new Button(getTranslation("objection.send"), e -> sendObjection(r));
                b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                b.setId("object-" + r.id());
                return b;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(nominations.candidates(round.id()));
        grid.setAllRowsVisible(true);
        Ui.emptyState(grid, "nominations.noCandidates");
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                new ByteArrayInputStream(overview.candidateSheet(round.id())), "danh-sach-de-nghi-" + round.id()
                        + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", -1)),
                getTranslation("nominations.downloadXlsx"));
        xlsx.setId("candidates-xlsx");
        box.add(grid, xlsx);
        return box;
    }

    private void sendObjection(NominationRow about) {
        TextDialog.open(getTranslation("objection.header"), getTranslation("objection.about", about.recipientName(),
                about.awardName()), getTranslation("objection.body"), getTranslation("objection.send"),
                "objection-body", "objection-confirm", 2000, body -> {
                    publication.send(round.id(), about.id(), body);
                    Notifications.success(getTranslation("objection.sent"));
                    show();
                });
    }

    private Component objections() {
        Grid<ObjectionRecord> grid = new Grid<>();
        grid.setId("objections-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(o -> Formats.DATE_TIME.format(o.sentAt().atZone(PersistenceConfig.ZONE)))
                .setHeader(getTranslation("field.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ObjectionRecord::author).setHeader(getTranslation("field.username")).setAutoWidth(true);
        grid.addColumn(o -> o.about() == null ? getTranslation("objection.wholeList") : o.about())
                .setHeader(getTranslation("nomination.recipient")).setAutoWidth(true);
        grid.addColumn(ObjectionRecord::body).setHeader(getTranslation("objection.body")).setFlexGrow(2);
        grid.addColumn(o -> o.resolved() ? o.resolution() + " (" + o.resolvedBy() + ")"
                : getTranslation("objection.open")).setHeader(getTranslation("objection.resolution")).setFlexGrow(2);
        if (organiser && round.status() == RoundStatus.PUBLISHED) {
            grid.addComponentColumn(o -> {
                if (o.resolved()) {
                    return new Span();
                }
                Button b = new Button(getTranslation("objection.resolve"), e -> resolve(o));
                b.addThemeVariants(ButtonVariant.LUMO_SMALL);
                b.setId("resolve-" + o.id());
                return b;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(publication.list(round.id()));
        grid.setAllRowsVisible(true);
        Ui.emptyState(grid, "objection.none");
        VerticalLayout box = new VerticalLayout(new H3(getTranslation(organiser ? "objection.all"
                : "objection.mine")), grid);
        box.setPadding(false);
        return box;
    }

    private void resolve(ObjectionRecord o) {
        TextDialog.open(getTranslation("objection.resolveHeader"), o.body(), getTranslation("objection.resolution"),
                getTranslation("objection.resolve"), "objection-resolution", "objection-resolve-confirm", 2000,
                text -> {
                    publication.resolve(o.id(), o.version(), text);
                    Notifications.success(getTranslation("objection.resolved"));
                    show();
                });
    }

    private void apply(Supplier<?> action) {
        try {
            action.get();
        } catch (BusinessException e) {
            Notifications.error(Notifications.describe(UI.getCurrent(), e));
        }
    }
}
