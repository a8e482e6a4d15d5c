package vn.tdkt.nomination.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.service.PersistenceConfig;
import vn.tdkt.base.ui.DatePickers;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.TextDialog;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.conduct.service.ConductService;
import vn.tdkt.document.service.FileService;
import vn.tdkt.document.ui.FileField;
import vn.tdkt.history.service.TimelineService;
import vn.tdkt.nomination.domain.AchievementReport;
import vn.tdkt.nomination.domain.EvidenceKind;
import vn.tdkt.nomination.domain.NominationStatus;
import vn.tdkt.nomination.domain.UnitMeeting;
import vn.tdkt.nomination.domain.eligibility.Check;
import vn.tdkt.nomination.domain.eligibility.CheckStatus;
import vn.tdkt.nomination.domain.eligibility.Checklist;
import vn.tdkt.nomination.service.AwardRoundService.RoundDetails;
import vn.tdkt.nomination.service.AwardRoundService;
import vn.tdkt.nomination.service.NominationService.EvidencePick;
import vn.tdkt.nomination.service.NominationService.NominationDetails;
import vn.tdkt.nomination.service.NominationService.NominationForm;
import vn.tdkt.nomination.service.NominationService.RevisionRecord;
import vn.tdkt.nomination.service.NominationService.StepRecord;
import vn.tdkt.nomination.service.NominationService.WaiverRecord;
import vn.tdkt.nomination.service.NominationService;
import vn.tdkt.organization.service.PersonService.StaffMember;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.organization.service.UnitService;

/**
 * One nomination (hồ sơ đề nghị): the officer's form with the achievement report in the
 * structure of the Decree 152/2025 template, evidence picked from the records and the unit's
 * meeting; the checklist the records give; the secretary's review and waivers; every step and
 * every submitted version. {@code /thi-dua/dot-xet/ho-so/{id}}, or a new one with
 * {@code ?dot=<round>} (optionally {@code &nguoi=<person>&danh-hieu=<award>} from a suggestion).
 */
@Route("thi-dua/dot-xet/ho-so")
@RolesAllowed({"ADMIN", "SECRETARY", "COUNCIL_MEMBER", "UNIT_OFFICER"})
public class NominationView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final NominationService nominations;
    private final AwardRoundService rounds;
    private final PersonService people;
    private final UnitService units;
    private final ConductService conduct;
    private final TimelineService timelines;
    private final FileService files;
    private final boolean organiser = CurrentUser.organiser();

    private RoundDetails round;
    private NominationDetails current;

    private final RadioButtonGroup<RecipientKind> kind = new RadioButtonGroup<>();
    private final ComboBox<UnitOption> unit = new ComboBox<>();
    private final ComboBox<StaffMember> person = new ComboBox<>();
    private final ComboBox<UnitOption> collective = new ComboBox<>();
    private final ComboBox<AwardTypeRecord> award = new ComboBox<>();
    private final TextArea summary = new TextArea();
    private final TextArea duties = new TextArea();
    private final TextArea achievements = new TextArea();
    private final TextArea measures = new TextArea();
    private FileField reportFile;
    private final DatePicker meetingDate = DatePickers.create(null);
    private final IntegerField votesFor = new IntegerField();
    private final IntegerField votesTotal = new IntegerField();
    private FileField minutesFile;
    private final MultiSelectComboBox<EvidencePick> evidence = new MultiSelectComboBox<>();
    private final Grid<Check> checklist = new Grid<>();
    private final Div verdict = new Div();

    public NominationView(NominationService nominations, AwardRoundService rounds, PersonService people,
            UnitService units, ConductService conduct, TimelineService timelines, FileService files) {
        this.nominations = nominations;
        this.rounds = rounds;
        this.people = people;
        this.units = units;
        this.conduct = conduct;
        this.timelines = timelines;
        this.files = files;
        addClassName("tdkt-view");
        setWidthFull();
        // Only a user's change recomputes: filling the form from a saved nomination does not.
        kind.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                kindChanged();
            }
        });
        unit.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                unitChanged();
            }
        });
        person.addValueChangeListener(e -> {
            if (current == null) {
                evidenceFor(e.getValue());
                preview();
            }
        });
        collective.addValueChangeListener(e -> preview());
        award.addValueChangeListener(e -> preview());
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id != null) {
            current = nominations.get(id);
            round = rounds.get(current.row().roundId());
            build();
            fill(current);
            return;
        }
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        round = rounds.get(Long.valueOf(first(query, "dot")));
        current = null;
        build();
        String personId = first(query, "nguoi");
        String awardId = first(query, "danh-hieu");
        if (personId != null) {
            Long unitId = Long.valueOf(first(query, "don-vi"));
            unit.getListDataView().getItems().filter(u -> u.id().equals(unitId)).findFirst().ifPresent(unit::setValue);
            unitChanged();
            person.getListDataView().getItems().filter(p -> p.personId().equals(Long.valueOf(personId)))
                    .findFirst().ifPresent(person::setValue);
        }
        if (awardId != null) {
            award.getListDataView().getItems().filter(a -> a.id().equals(Long.valueOf(awardId))).findFirst()
                    .ifPresent(award::setValue);
        }
    }

    private static String first(Map<String, List<String>> query, String key) {
        List<String> values = query.get(key);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private void build() {
        removeAll();
        H2 title = new H2(current == null ? getTranslation("nomination.new") : current.row().recipientName()
                + " — " + current.row().awardName());
        title.setId("nomination-title");
        HorizontalLayout header = new HorizontalLayout(title);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (current != null) {
            Span status = NominationBadges.status(current.row().status());
            status.setId("nomination-status");
            header.add(status);
        }
        Anchor back = new Anchor("thi-dua/dot-xet/chi-tiet/" + round.id(),
                getTranslation("nomination.backToRound", round.name()));
        back.setId("nomination-back");
        add(back, header);
        if (current != null && current.row().reviewComment() != null
                && current.row().status() == NominationStatus.RETURNED) {
            Paragraph returned = new Paragraph(getTranslation("nomination.returnedWith", current.row().reviewComment()));
            returned.setId("nomination-return-comment");
            returned.getElement().getThemeList().add("badge error");
            add(returned);
        }
        FormLayout[] parts = form();
        add(parts[0], new H3(getTranslation("nomination.checklist")), verdict, checklist(), parts[1], actions());
        if (current != null) {
            add(waivers(current.waivers()), history(current.steps()), revisions(current.revisions()));
        }
    }

    /** The choice of who and which award, then the dossier itself; the checklist goes between them. */
    private FormLayout[] form() {
        boolean isNew = current == null;
        boolean editable = isNew || current.rights().edit();
        kind.setLabel(getTranslation("field.recipientKind"));
        kind.setItems(RecipientKind.INDIVIDUAL, RecipientKind.COLLECTIVE);
        kind.setItemLabelGenerator(k -> getTranslation("award.recipient." + k));
        kind.setValue(RecipientKind.INDIVIDUAL);
        kind.setId("nomination-kind");
        unit.setLabel(getTranslation("nomination.unit"));
        unit.setItemLabelGenerator(UnitOption::fullName);
        unit.setItems(writableUnits());
        unit.setId("nomination-unit");
        person.setLabel(getTranslation("nomination.person"));
        person.setItemLabelGenerator(p -> p.fullName() + (p.positionName() == null ? "" : " — " + p.positionName()));
        person.setId("nomination-person");
        collective.setLabel(getTranslation("field.recipientUnit"));
        collective.setItemLabelGenerator(UnitOption::fullName);
        collective.setId("nomination-collective");
        award.setLabel(getTranslation("field.awardType"));
        award.setItemLabelGenerator(AwardTypeRecord::name);
        award.setId("nomination-award");
        summary.setLabel(getTranslation("nomination.summary"));
        summary.setMaxLength(1000);
        summary.setId("nomination-summary");
        duties.setLabel(getTranslation("nomination.report.duties"));
        achievements.setLabel(getTranslation("nomination.report.achievements"));
        measures.setLabel(getTranslation("nomination.report.measures"));
        duties.setId("nomination-duties");
        achievements.setId("nomination-achievements");
        measures.setId("nomination-measures");
        for (TextArea area : List.of(duties, achievements, measures)) {
            area.setMaxLength(4000);
            area.setMinHeight("7rem");
        }
        reportFile = new FileField(files, getTranslation("nomination.report.file"));
        reportFile.setId("nomination-report-file");
        meetingDate.setLabel(getTranslation("field.meetingDate"));
        meetingDate.setId("nomination-meeting-date");
        votesFor.setLabel(getTranslation("field.votesFor"));
        votesFor.setId("nomination-votes-for");
        votesTotal.setLabel(getTranslation("field.votesTotal"));
        votesTotal.setId("nomination-votes-total");
        minutesFile = new FileField(files, getTranslation("nomination.minutesFile"));
        minutesFile.setId("nomination-minutes-file");
        evidence.setLabel(getTranslation("field.evidence"));
        evidence.setItemLabelGenerator(e -> getTranslation("EvidenceKind." + e.kind()) + ": " + e.label());
        evidence.setId("nomination-evidence");

        if (isNew) {
            if (unit.getListDataView().getItemCount() > 0) {
                unit.setValue(unit.getListDataView().getItem(0));
            }
            kindChanged();
        }
        kind.setReadOnly(!isNew);
        unit.setReadOnly(!isNew);
        person.setReadOnly(!isNew);
        collective.setReadOnly(!isNew);
        List<HasValue<?, ?>> fields = List.of(award, summary, duties, achievements,
                measures, meetingDate, votesFor, votesTotal, evidence);
        fields.forEach(f -> f.setReadOnly(!editable));
        reportFile.setReadOnly(!editable);
        minutesFile.setReadOnly(!editable);

        FormLayout choice = new FormLayout();
        choice.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("48rem", 2));
        choice.add(kind, unit, person, collective, award);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("48rem", 2));
        H3 report = new H3(getTranslation("nomination.report"));
        Paragraph hint = new Paragraph(getTranslation("nomination.report.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
        form.add(summary, 2);
        form.add(report, 2);
        form.add(hint, 2);
        form.add(duties, 2);
        form.add(achievements, 2);
        form.add(measures, 2);
        form.add(reportFile, evidence);
        H3 meeting = new H3(getTranslation("nomination.meeting"));
        form.add(meeting, 2);
        form.add(meetingDate, new HorizontalLayout(votesFor, votesTotal), minutesFile);
        return new FormLayout[] {choice, form};
    }

    private List<UnitOption> writableUnits() {
        if (current != null) {
            return List.of(units.option(current.row().unitId()));
        }
        if (organiser) {
            return units.subtree(round.scope().stream().map(UnitOption::id).toList());
        }
        return CurrentUser.unitId().map(own -> units.subtree(List.of(own))).orElse(List.of());
    }

    private void kindChanged() {
        boolean individual = kind.getValue() == RecipientKind.INDIVIDUAL;
        person.setVisible(individual);
        collective.setVisible(!individual);
        evidence.setVisible(individual);
        award.setItems(round.awards().stream().filter(a -> a.recipientKind().allows(kind.getValue())).toList());
        unitChanged();
    }

    private void unitChanged() {
        UnitOption u = unit.getValue();
        if (u == null || current != null) {
            return;
        }
        List<UnitOption> subtree = units.subtree(List.of(u.id()));
        List<StaffMember> staff = new ArrayList<>();
        people.staffOfUnits(subtree.stream().map(UnitOption::id).toList()).values().forEach(staff::addAll);
        person.setItems(staff);
        collective.setItems(subtree);
        collective.setValue(u);
        preview();
    }

    /** The records of a person to pick evidence from: initiatives and research, ratings, awards received. */
    private void evidenceFor(StaffMember member) {
        if (member == null) {
            evidence.setItems(List.of());
            return;
        }
        evidenceItems(member.personId(), List.of());
    }

    private void evidenceItems(Long personId, List<EvidencePick> picked) {
        List<EvidencePick> items = new ArrayList<>(picked);
        conduct.person(personId).initiatives().forEach(i -> add(items, new EvidencePick(EvidenceKind.INITIATIVE,
                i.id(), i.title() + " (" + Formats.date(i.recognisedOn()) + ")")));
        var timeline = timelines.person(personId);
        timeline.ratings().forEach(r -> add(items, new EvidencePick(EvidenceKind.RATING, r.id(),
                getTranslation("Rating." + r.rating()) + " " + r.year())));
        timeline.entries().forEach(t -> add(items, new EvidencePick(EvidenceKind.AWARD, t.awardId(),
                t.awardName() + " " + t.years() + (t.docNumber() == null ? "" : ", " + t.docNumber()))));
        evidence.setItems(items);
    }

    private static void add(List<EvidencePick> items, EvidencePick pick) {
        if (items.stream().noneMatch(p -> p.kind() == pick.kind() && p.refId().equals(pick.refId()))) {
            items.add(pick);
        }
    }

    private void fill(NominationDetails d) {
        kind.setValue(d.row().kind());
        unit.getListDataView().getItems().findFirst().ifPresent(unit::setValue);
        award.setItems(round.awards().stream().filter(a -> a.recipientKind().allows(d.row().kind())).toList());
        award.getListDataView().getItems().filter(a -> a.id().equals(d.row().awardTypeId())).findFirst()
                .ifPresent(award::setValue);
        if (d.row().personId() != null) {
            StaffMember me = new StaffMember(d.row().personId(), d.row().recipientName(), null, null, 0);
            person.setItems(me);
            person.setValue(me);
            evidenceItems(d.row().personId(), d.evidence());
        } else {
            UnitOption u = units.option(d.row().recipientUnitId());
            collective.setItems(u);
            collective.setValue(u);
        }
        summary.setValue(text(d.summary()));
        duties.setValue(text(d.report().duties()));
        achievements.setValue(text(d.report().achievements()));
        measures.setValue(text(d.report().measures()));
        reportFile.setValue(d.report().fileId());
        meetingDate.setValue(d.meeting().date());
        votesFor.setValue(d.meeting().votesFor());
        votesTotal.setValue(d.meeting().votesTotal());
        minutesFile.setValue(d.meeting().minutesFileId());
        evidence.setValue(new LinkedHashSet<>(d.evidence()));
        showChecklist(d.checklist(), d.row().verdict());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private NominationForm formData() {
        UnitOption u = current == null ? unit.getValue() : units.option(current.row().unitId());
        return new NominationForm(current == null ? null : current.row().id(),
                current == null ? 0 : current.row().version(), round.id(), u == null ? null : u.id(),
                kind.getValue(), person.getValue() == null ? null : person.getValue().personId(),
                collective.getValue() == null ? null : collective.getValue().id(),
                award.getValue() == null ? null : award.getValue().id(), summary.getValue(),
                new AchievementReport(duties.getValue(), achievements.getValue(), measures.getValue(),
                        reportFile.getValue()),
                new UnitMeeting(meetingDate.getValue(), votesFor.getValue(), votesTotal.getValue(),
                        minutesFile.getValue()),
                List.copyOf(evidence.getValue()));
    }

    /** The checklist of what is chosen so far, before anything is saved. */
    private void preview() {
        if (current != null || award.getValue() == null || unit.getValue() == null
                || (kind.getValue() == RecipientKind.INDIVIDUAL ? person.getValue() == null
                        : collective.getValue() == null)) {
            return;
        }
        try {
            Checklist c = nominations.preview(formData());
            showChecklist(c, c.verdict());
        } catch (BusinessException e) {
            Notifications.error(Notifications.describe(getUI().orElse(null), e));
        }
    }

    private Grid<Check> checklist() {
        // The page is rebuilt after every change: the grid is kept, its columns made anew.
        checklist.removeAllColumns();
        checklist.setId("nomination-checklist");
        checklist.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        checklist.addComponentColumn(c -> CheckBadges.status(c, waived(c))).setHeader(getTranslation("field.result"))
                .setAutoWidth(true).setFlexGrow(0);
        checklist.addColumn(c -> getTranslation("Criterion." + c.criterion()))
                .setHeader(getTranslation("field.criterion")).setAutoWidth(true);
        checklist.addColumn(c -> getTranslation(c.messageKey(), c.args().toArray()))
                .setHeader(getTranslation("field.reasonText")).setFlexGrow(3);
        checklist.addColumn(Check::article).setHeader(getTranslation("field.legalBasis")).setFlexGrow(2);
        if (organiser && current != null && !current.row().status().reviewed()) {
            checklist.addComponentColumn(c -> c.status() == CheckStatus.PASSED ? new Span()
                    : waiveButton(c)).setAutoWidth(true).setFlexGrow(0);
        }
        checklist.setAllRowsVisible(true);
        Ui.emptyState(checklist, "nomination.checklistEmpty");
        return checklist;
    }

    private boolean waived(Check c) {
        return current != null && current.waivers().stream().anyMatch(w -> w.criterion() == c.criterion());
    }

    private Component waiveButton(Check c) {
        boolean waived = waived(c);
        Button b = new Button(getTranslation(waived ? "nomination.unwaive" : "nomination.waive"), e -> {
            if (waived) {
                apply(() -> nominations.waive(current.row().id(), current.row().version(), c.criterion(), null));
            } else {
                ask("nomination.waiveHeader", getTranslation("nomination.waiveText",
                        getTranslation("Criterion." + c.criterion())), "field.waiverReason", "nomination.waive",
                        reason -> nominations.waive(current.row().id(), current.row().version(), c.criterion(),
                                reason));
            }
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        b.setId("waive-" + c.criterion().name().toLowerCase(Locale.ROOT));
        return b;
    }

    private void showChecklist(Checklist c, vn.tdkt.nomination.domain.eligibility.Verdict v) {
        checklist.setItems(c.checks());
        verdict.removeAll();
        Span badge = CheckBadges.verdict(v);
        badge.setId("nomination-verdict");
        verdict.add(badge, new Span(" " + getTranslation("nomination.version", Formats.date(c.versionEffectiveFrom()),
                c.achievementYear())));
    }

    private HorizontalLayout actions() {
        HorizontalLayout actions = new HorizontalLayout();
        actions.getStyle().set("flex-wrap", "wrap");
        if (current == null || current.rights().edit()) {
            Button save = Ui.primary("action.save", VaadinIcon.CHECK, () -> apply(() -> nominations.save(formData())));
            save.setId("nomination-save");
            actions.add(save);
        }
        if (current != null && current.rights().submit()) {
            Button submit = Ui.button("nomination.submit", VaadinIcon.PAPERPLANE, () -> Ui.confirm(
                    "nomination.submitHeader", getTranslation("nomination.submitText", current.row().recipientName()),
                    "nomination.submit", () -> apply(() -> {
                        NominationDetails saved = nominations.save(formData());
                        return nominations.submit(saved.row().id(), saved.row().version());
                    })));
            submit.setId("nomination-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            actions.add(submit);
        }
        if (current != null && current.rights().review()) {
            Button accept = Ui.button("nomination.accept", VaadinIcon.CHECK_CIRCLE, () -> Ui.confirm(
                    "nomination.acceptHeader", getTranslation("nomination.acceptText", current.row().recipientName()),
                    "nomination.accept", () -> apply(() -> nominations.review(current.row().id(),
                            current.row().version(), NominationStatus.ACCEPTED, null))));
            accept.setId("nomination-accept");
            accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            Button giveBack = Ui.button("nomination.return", VaadinIcon.ARROW_BACKWARD, () -> ask(
                    "nomination.returnHeader", getTranslation("nomination.returnText", current.row().recipientName()),
                    "field.reviewComment", "nomination.return", comment -> nominations.review(current.row().id(),
                            current.row().version(), NominationStatus.RETURNED, comment)));
            giveBack.setId("nomination-return");
            Button reject = Ui.button("nomination.reject", VaadinIcon.BAN, () -> ask("nomination.rejectHeader",
                    getTranslation("nomination.rejectText", current.row().recipientName()), "field.reviewComment",
                    "nomination.reject", comment -> nominations.review(current.row().id(), current.row().version(),
                            NominationStatus.REJECTED, comment)));
            reject.setId("nomination-reject");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(accept, giveBack, reject);
        }
        if (current != null && current.rights().delete()) {
            Button delete = Ui.button("action.delete", VaadinIcon.TRASH, () -> Ui.confirm("nomination.deleteHeader",
                    getTranslation("nomination.deleteText", current.row().recipientName()), "action.delete", () -> {
                        nominations.delete(current.row().id(), current.row().version());
                        Notifications.success(getTranslation("nomination.deleted", current.row().recipientName()));
                        getUI().ifPresent(ui -> ui.navigate(RoundView.class, round.id()));
                    }));
            delete.setId("nomination-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(delete);
        }
        return actions;
    }

    /** Runs a change; on success shows the nomination anew, on refusal keeps what the user typed. */
    private void apply(Supplier<NominationDetails> change) {
        try {
            NominationDetails next = change.get();
            Notifications.success(getTranslation("nomination.saved", next.row().recipientName(),
                    getTranslation("NominationStatus." + next.row().status())));
            if (current == null) {
                getUI().ifPresent(ui -> ui.navigate(NominationView.class, next.row().id()));
                return;
            }
            current = next;
            build();
            fill(next);
        } catch (BusinessException e) {
            Notifications.error(Notifications.describe(getUI().orElse(null), e));
            mark(e);
        }
    }

    private void mark(BusinessException e) {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("person", person);
        fields.put("awardType", award);
        fields.put("achievementSummary", summary);
        fields.put("report", achievements);
        fields.put("votesFor", votesFor);
        fields.put("votesTotal", votesTotal);
        fields.put("meetingDate", meetingDate);
        fields.values().forEach(f -> f.setInvalid(false));
        var field = fields.get(e.getField());
        if (field != null) {
            field.setErrorMessage(Notifications.describe(getUI().orElse(null), e));
            field.setInvalid(true);
        }
    }

    /** Asks for a comment or reason, then makes the change and shows the nomination anew. */
    private void ask(String headerKey, String text, String fieldKey, String confirmKey,
            Function<String, NominationDetails> change) {
        TextDialog.open(getTranslation(headerKey), text, getTranslation(fieldKey), getTranslation(confirmKey),
                "nomination-dialog-text", "nomination-dialog-confirm", 1000, input -> {
                    NominationDetails next = change.apply(input);
                    Notifications.success(getTranslation("nomination.saved", next.row().recipientName(),
                            getTranslation("NominationStatus." + next.row().status())));
                    current = next;
                    build();
                    fill(next);
                });
    }

    private Component waivers(List<WaiverRecord> list) {
        Grid<WaiverRecord> grid = new Grid<>();
        grid.setId("nomination-waivers");
        grid.addColumn(w -> getTranslation("Criterion." + w.criterion())).setHeader(getTranslation("field.criterion"))
                .setAutoWidth(true);
        grid.addColumn(WaiverRecord::reason).setHeader(getTranslation("field.waiverReason")).setFlexGrow(2);
        grid.addColumn(w -> w.by() + ", " + time(w.at())).setHeader(getTranslation("field.username"))
                .setAutoWidth(true);
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        Ui.emptyState(grid, "nomination.noWaivers");
        return section("nomination.waivers", grid, !list.isEmpty());
    }

    private Component history(List<StepRecord> steps) {
        Grid<StepRecord> grid = new Grid<>();
        grid.setId("nomination-history");
        grid.addColumn(s -> time(s.at())).setHeader(getTranslation("field.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> getTranslation("NominationStatus." + s.from()) + " → "
                + getTranslation("NominationStatus." + s.to())).setHeader(getTranslation("field.step"))
                .setAutoWidth(true);
        grid.addColumn(StepRecord::by).setHeader(getTranslation("field.username")).setAutoWidth(true);
        grid.addColumn(StepRecord::comment).setHeader(getTranslation("field.note")).setFlexGrow(1);
        grid.setItems(steps);
        grid.setAllRowsVisible(true);
        Ui.emptyState(grid, "nomination.noHistory");
        return section("nomination.history", grid, true);
    }

    private Component revisions(List<RevisionRecord> list) {
        VerticalLayout all = new VerticalLayout();
        all.setPadding(false);
        all.setId("nomination-revisions");
        for (RevisionRecord r : list.reversed()) {
            Div body = new Div();
            body.add(new Paragraph(getTranslation("field.awardType") + ": " + r.awardName()),
                    new Paragraph(getTranslation("nomination.summary") + ": " + text(r.summary())),
                    new Paragraph(getTranslation("nomination.report.achievements") + ": "
                            + text(r.report().achievements())),
                    new Paragraph(getTranslation("field.evidence") + ": " + text(r.evidence())));
            all.add(new Details(getTranslation("nomination.revision", r.revision(), time(r.submittedAt()),
                    r.submittedBy()), body));
        }
        if (list.isEmpty()) {
            all.add(new Span(getTranslation("nomination.noRevisions")));
        }
        return section("nomination.revisions", all, false);
    }

    private Details section(String key, Component body, boolean opened) {
        Details d = new Details(getTranslation(key), body);
        d.setOpened(opened);
        d.setWidthFull();
        return d;
    }

    private static String time(java.time.Instant at) {
        return Formats.DATE_TIME.format(at.atZone(PersistenceConfig.ZONE));
    }

    /** Opens a new nomination of a round, prefilled from a suggestion when {@code personId} is given. */
    static void openNew(Long roundId, Long unitId, Long personId, Long awardTypeId) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("dot", String.valueOf(roundId));
        if (personId != null) {
            query.put("don-vi", String.valueOf(unitId));
            query.put("nguoi", String.valueOf(personId));
            query.put("danh-hieu", String.valueOf(awardTypeId));
        }
        UI.getCurrent().navigate("thi-dua/dot-xet/ho-so",
                QueryParameters.simple(query));
    }

    @Override
    public String getPageTitle() {
        return current == null ? getTranslation("nomination.new") : current.row().recipientName();
    }
}
