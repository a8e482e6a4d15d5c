package vn.tdkt.movement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.ui.EntityDialog;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.document.service.FileService;
import vn.tdkt.document.ui.FileField;
import vn.tdkt.movement.service.BlocScoringService;
import vn.tdkt.movement.service.BlocScoringService.MemberRow;
import vn.tdkt.movement.service.BlocScoringService.ScoreCell;
import vn.tdkt.movement.service.BlocScoringService.ScoringSheet;
import vn.tdkt.movement.service.MovementService.CriterionRecord;
import vn.tdkt.movement.service.MovementService.MovementDetails;
import vn.tdkt.organization.service.BlocService;
import vn.tdkt.organization.service.BlocService.BlocRecord;

/** A bloc's scoring round: ranking with ties, per-member score sheet, lock, flag proposal. */
class ScoringPanel extends VerticalLayout {

    private final MovementDetails movement;
    private final BlocScoringService scoring;
    private final FileService files;
    private final boolean manager;
    private final ComboBox<BlocRecord> bloc = new ComboBox<>();
    private final IntegerField year = new IntegerField();
    private final VerticalLayout body = new VerticalLayout();
    private ScoringSheet sheet;

    ScoringPanel(MovementDetails movement, BlocScoringService scoring, BlocService blocs, FileService files,
            Clock clock, boolean manager) {
        this.movement = movement;
        this.scoring = scoring;
        this.files = files;
        this.manager = manager;
        setPadding(false);
        bloc.setLabel(getTranslation("field.bloc"));
        bloc.setId("scoring-bloc");
        bloc.setItems(q -> blocs.page(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        bloc.setItemLabelGenerator(BlocRecord::name);
        bloc.setWidth("30rem");
        year.setLabel(getTranslation("field.year"));
        year.setId("scoring-year");
        year.setValue(Math.min(LocalDate.now(clock).getYear() - 1, movement.periodTo().getYear()));
        year.setStepButtonsVisible(true);
        bloc.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        body.setPadding(false);
        HorizontalLayout top = new HorizontalLayout(bloc, year);
        add(top, body);
        refresh();
    }

    private void refresh() {
        body.removeAll();
        if (bloc.getValue() == null || year.getValue() == null) {
            Span hint = new Span(getTranslation("scoring.pickBloc"));
            hint.addClassName("tdkt-empty");
            body.add(hint);
            return;
        }
        try {
            show(scoring.sheet(movement.id(), bloc.getValue().id(), year.getValue()));
        } catch (RuntimeException e) {
            Span message = new Span(Notifications.describe(getUI().orElse(null), e));
            message.addClassName("tdkt-empty");
            body.add(message);
        }
    }

    private void show(ScoringSheet s) {
        sheet = s;
        body.removeAll();
        Span state = new Span(getTranslation(s.locked() ? "scoring.locked" : "scoring.open"));
        state.setId("scoring-state");
        HorizontalLayout status = new HorizontalLayout(state);
        status.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (s.pact() != null) {
            status.add(new Span(getTranslation("field.pact") + ":"), FileField.FileLinks.link(files, s.pact()));
        }
        if (s.proposedUnitName() != null) {
            Span proposal = new Span(getTranslation("scoring.proposed", s.proposedUnitName(), s.proposedAwardName()));
            proposal.setId("scoring-proposal");
            proposal.getStyle().set("font-weight", "600");
            status.add(proposal);
        }
        Grid<MemberRow> ranking = new Grid<>();
        ranking.setId("scoring-ranking");
        ranking.addColumn(r -> r.rank() + (r.tied() ? " " + getTranslation("scoring.tie") : ""))
                .setHeader(getTranslation("field.rank")).setAutoWidth(true).setFlexGrow(0);
        ranking.addColumn(MemberRow::unitName).setHeader(getTranslation("field.unit")).setFlexGrow(1);
        ranking.addColumn(r -> Formats.amount(r.selfTotal())).setHeader(getTranslation("scoring.selfTotal"))
                .setAutoWidth(true).setFlexGrow(0);
        ranking.addColumn(r -> Formats.amount(r.reviewTotal())).setHeader(getTranslation("scoring.reviewTotal"))
                .setAutoWidth(true).setFlexGrow(0);
        ranking.setItems(s.members());
        ranking.setAllRowsVisible(true);
        Ui.emptyState(ranking, "scoring.noMembers");
        body.add(status, ranking);
        if (manager && !s.locked()) {
            ranking.addItemClickListener(e -> openScores(e.getItem()));
            Span hint = new Span(getTranslation("scoring.clickToScore"));
            hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
            Button pact = Ui.button("scoring.pact", VaadinIcon.FILE_TEXT, this::openPact);
            Button lock = Ui.button("scoring.lock", VaadinIcon.LOCK, () -> Ui.confirm("scoring.lock",
                    getTranslation("scoring.lockText"), "scoring.lock",
                    () -> show(scoring.lock(movement.id(), s.blocId(), s.year(), sheet.version()))));
            lock.setId("scoring-lock");
            body.add(hint, new HorizontalLayout(pact, lock));
        } else if (manager && s.proposedUnitId() == null && !s.members().isEmpty()) {
            Button propose = Ui.primary("scoring.propose", VaadinIcon.FLAG, this::openProposal);
            propose.setId("scoring-propose");
            body.add(propose);
        }
    }

    private void openScores(MemberRow member) {
        List<BigDecimalField> selfFields = new ArrayList<>();
        List<BigDecimalField> reviewFields = new ArrayList<>();
        List<TextField> evidence = new ArrayList<>();
        EntityDialog dialog = new EntityDialog(getTranslation("scoring.sheetOf", member.unitName()), () -> {
            List<ScoreCell> cells = new ArrayList<>();
            for (int i = 0; i < sheet.criteria().size(); i++) {
                cells.add(new ScoreCell(sheet.criteria().get(i).id(), selfFields.get(i).getValue(),
                        reviewFields.get(i).getValue(), evidence.get(i).getValue()));
            }
            show(scoring.saveScores(movement.id(), sheet.blocId(), sheet.year(), sheet.version(), member.unitId(),
                    cells));
            Notifications.success(getTranslation("common.saved"));
        });
        dialog.setWidth("min(64rem, 96vw)");
        for (int i = 0; i < sheet.criteria().size(); i++) {
            CriterionRecord c = sheet.criteria().get(i);
            ScoreCell cell = member.cells().get(i);
            BigDecimalField self = new BigDecimalField(c.name() + " — " + getTranslation("scoring.self"));
            self.setValue(cell.self());
            self.setHelperText(getTranslation("scoring.max", c.maxPoints()));
            BigDecimalField review = new BigDecimalField(getTranslation("scoring.review"));
            review.setValue(cell.review());
            review.setHelperText(getTranslation("scoring.max", c.maxPoints()));
            TextField proof = new TextField(getTranslation("field.evidence"));
            proof.setValue(cell.evidence() == null ? "" : cell.evidence());
            selfFields.add(self);
            reviewFields.add(review);
            evidence.add(proof);
            dialog.field(i == 0 ? "score" : "score" + i, self);
            dialog.field("review" + i, review);
            dialog.wideField("evidence" + i, proof);
        }
        dialog.open();
    }

    private void openPact() {
        FileField pact = new FileField(files, getTranslation("field.pact"));
        EntityDialog dialog = new EntityDialog(getTranslation("scoring.pact"), () -> {
            show(scoring.attachPact(movement.id(), sheet.blocId(), sheet.year(), sheet.version(), pact.getValue()));
            Notifications.success(getTranslation("common.saved"));
        });
        dialog.wideField("pact", pact);
        dialog.open();
    }

    private void openProposal() {
        Select<MemberRow> unit = new Select<>();
        unit.setLabel(getTranslation("field.unit"));
        unit.setItems(sheet.members());
        unit.setItemLabelGenerator(r -> r.rank() + ". " + r.unitName());
        unit.setValue(sheet.members().getFirst());
        Select<AwardTypeRecord> award = new Select<>();
        award.setLabel(getTranslation("field.awardType"));
        award.setItems(sheet.flagAwards());
        award.setItemLabelGenerator(AwardTypeRecord::name);
        sheet.flagAwards().stream().findFirst().ifPresent(award::setValue);
        EntityDialog dialog = new EntityDialog(getTranslation("scoring.propose"), () -> {
            show(scoring.propose(movement.id(), sheet.blocId(), sheet.year(), sheet.version(),
                    unit.getValue().unitId(), award.getValue() == null ? null : award.getValue().id()));
            Notifications.success(getTranslation("common.saved"));
        });
        dialog.wideField("unit", unit);
        dialog.wideField("awardType", award);
        dialog.open();
    }
}
