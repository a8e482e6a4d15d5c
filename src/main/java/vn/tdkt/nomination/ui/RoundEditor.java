package vn.tdkt.nomination.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.ui.DatePickers;
import vn.tdkt.base.ui.EntityDialog;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.movement.service.MovementService.MovementDetails;
import vn.tdkt.movement.service.MovementService.MovementFilter;
import vn.tdkt.movement.service.MovementService.MovementRow;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.nomination.domain.DecidingBody;
import vn.tdkt.nomination.domain.RoundKind;
import vn.tdkt.nomination.service.AwardRoundService.RoundDetails;
import vn.tdkt.nomination.service.AwardRoundService.RoundForm;
import vn.tdkt.nomination.service.AwardRoundService;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.organization.ui.UnitPicker;

/**
 * The form of a round. While it receives dossiers everything may change; later only the
 * deadlines and the public period, the other fields shown read-only.
 */
final class RoundEditor {

    private RoundEditor() {
    }

    static void open(RoundDetails existing, AwardRoundService rounds, UnitService units, AwardTypeService awardTypes,
            MovementService movements, Clock clock, Consumer<RoundDetails> saved) {
        int thisYear = LocalDate.now(clock).getYear();
        TextField name = new TextField(t("rounds.name"));
        name.setId("round-name");
        name.setRequiredIndicatorVisible(true);
        Select<RoundKind> kind = new Select<>();
        kind.setId("round-kind");
        kind.setLabel(t("rounds.kind"));
        kind.setItems(RoundKind.values());
        kind.setItemLabelGenerator(k -> t("RoundKind." + k));
        IntegerField yearFrom = new IntegerField(t("rounds.yearFrom"));
        yearFrom.setId("round-year-from");
        IntegerField yearTo = new IntegerField(t("rounds.yearTo"));
        yearTo.setId("round-year-to");
        ComboBox<MovementRow> movement = new ComboBox<>(t("rounds.movement"));
        movement.setId("round-movement");
        movement.setItems(q -> movements.page(new MovementFilter(q.getFilter().orElse(""), Set.of(), 0),
                q.getOffset(), q.getLimit()).stream());
        movement.setItemLabelGenerator(MovementRow::name);
        movement.setClearButtonVisible(true);
        Select<DecidingBody> body = new Select<>();
        body.setId("round-deciding-body");
        body.setLabel(t("rounds.decidingBody"));
        body.setItems(DecidingBody.values());
        body.setItemLabelGenerator(b -> t("DecidingBody." + b));
        ComboBox<UnitOption> higher = UnitPicker.single(units, t("rounds.higherBody"));
        higher.setId("round-higher-body");
        ComboBox<UnitOption> office = UnitPicker.single(units, t("rounds.office"));
        office.setId("round-office");
        MultiSelectComboBox<UnitOption> scope = UnitPicker.multi(units, t("rounds.scope"));
        scope.setId("round-scope");
        scope.setHelperText(t("rounds.scopeHelp"));
        MultiSelectComboBox<AwardTypeRecord> awards = new MultiSelectComboBox<>(t("rounds.awards"));
        awards.setId("round-awards");
        awards.setItems(Ui.folding(AwardTypeRecord::name),
                awardTypes.search("", null).stream().filter(AwardTypeRecord::active).toList());
        awards.setItemLabelGenerator(AwardTypeRecord::name);
        awards.setWidthFull();
        DatePicker submission = DatePickers.create(t("rounds.submissionDeadline"));
        submission.setId("round-submission");
        DatePicker review = DatePickers.create(t("rounds.reviewDeadline"));
        review.setId("round-review");
        DatePicker publishFrom = DatePickers.create(t("rounds.publicationFrom"));
        publishFrom.setId("round-publication-from");
        DatePicker publishTo = DatePickers.create(t("rounds.publicationTo"));
        publishTo.setId("round-publication-to");

        // A year-end round covers one year: the second year follows the first.
        yearFrom.addValueChangeListener(e -> {
            if (kind.getValue() == RoundKind.TONG_KET_NAM) {
                yearTo.setValue(e.getValue());
            }
        });
        body.addValueChangeListener(e -> higher.setVisible(e.getValue() == DecidingBody.HIGHER_BODY));

        if (existing != null) {
            name.setValue(existing.name());
            kind.setValue(existing.kind());
            yearFrom.setValue(existing.yearFrom());
            yearTo.setValue(existing.yearTo());
            if (existing.movementId() != null) {
                MovementDetails m = movements.get(existing.movementId());
                movement.setValue(new MovementRow(m.id(), m.name(), m.kind(), m.status(), m.launchingUnit(),
                        m.periodFrom(), m.periodTo()));
            }
            body.setValue(existing.decidingBody());
            higher.setValue(existing.higherBodyUnitId() == null ? null : units.option(existing.higherBodyUnitId()));
            office.setValue(units.option(existing.officeUnitId()));
            scope.setValue(Set.copyOf(existing.scope()));
            awards.setValue(Set.copyOf(existing.awards()));
            submission.setValue(existing.submissionDeadline());
            review.setValue(existing.reviewDeadline());
            publishFrom.setValue(existing.publicationFrom());
            publishTo.setValue(existing.publicationTo());
        } else {
            kind.setValue(RoundKind.TONG_KET_NAM);
            yearFrom.setValue(thisYear);
            yearTo.setValue(thisYear);
            name.setValue(t("rounds.defaultName", String.valueOf(thisYear)));
            body.setValue(DecidingBody.OWN_COUNCIL);
            CurrentUser.unitId().ifPresent(u -> office.setValue(units.option(u)));
            LocalDate today = LocalDate.now(clock);
            submission.setValue(today.plusDays(14));
            review.setValue(today.plusDays(24));
        }
        higher.setVisible(body.getValue() == DecidingBody.HIGHER_BODY);
        boolean contentEditable = existing == null || existing.editable();
        if (!contentEditable) {
            List<HasValue<?, ?>> fixed = List.of(name, kind, yearFrom, yearTo, movement, body, higher, office, scope,
                    awards);
            fixed.forEach(f -> f.setReadOnly(true));
        }

        EntityDialog dialog = new EntityDialog(t(existing == null ? "rounds.new"
                : contentEditable ? "rounds.edit" : "rounds.editDates"), () -> {
                    RoundDetails result = rounds.save(new RoundForm(existing == null ? null : existing.id(),
                            existing == null ? 0 : existing.version(), name.getValue(), kind.getValue(),
                            yearFrom.getValue(), yearTo.getValue(),
                            movement.getValue() == null ? null : movement.getValue().id(), body.getValue(),
                            higher.getValue() == null ? null : higher.getValue().id(),
                            office.getValue() == null ? null : office.getValue().id(),
                            scope.getValue().stream().map(UnitOption::id).collect(Collectors.toSet()),
                            awards.getValue().stream().map(AwardTypeRecord::id).collect(Collectors.toSet()),
                            submission.getValue(), review.getValue(), publishFrom.getValue(), publishTo.getValue()));
                    Notifications.success(t("rounds.saved", result.name()));
                    saved.accept(result);
                });
        dialog.setWidth("min(60rem, 96vw)");
        if (!contentEditable) {
            Paragraph note = new Paragraph(t("rounds.datesOnly"));
            note.setId("round-dates-only");
            dialog.form().add(note);
            dialog.form().setColspan(note, 2);
        }
        dialog.wideField("name", name);
        dialog.field("roundKind", kind);
        dialog.field("movement", movement);
        dialog.field("yearFrom", yearFrom);
        dialog.field("yearTo", yearTo);
        dialog.field("decidingBody", body);
        dialog.field("higherBody", higher);
        dialog.wideField("office", office);
        dialog.wideField("scope", scope);
        dialog.wideField("awards", awards);
        dialog.field("submissionDeadline", submission);
        dialog.field("reviewDeadline", review);
        dialog.field("publicationFrom", publishFrom);
        dialog.field("publicationTo", publishTo);
        dialog.open();
        name.focus();
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
