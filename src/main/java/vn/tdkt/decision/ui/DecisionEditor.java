package vn.tdkt.decision.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import vn.tdkt.base.ui.DatePickers;
import vn.tdkt.base.ui.EntityDialog;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.catalog.service.BaseSalaryService;
import vn.tdkt.decision.service.AwardListService;
import vn.tdkt.decision.service.DecisionRecords.BaseWarning;
import vn.tdkt.decision.service.DecisionRecords.AmendmentInfo;
import vn.tdkt.decision.service.DecisionRecords.AwardForm;
import vn.tdkt.decision.service.DecisionRecords.AwardRecord;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.DecisionRecords.DecisionForm;
import vn.tdkt.decision.service.DecisionRecords.Revocation;
import vn.tdkt.decision.service.DecisionService;
import vn.tdkt.decision.service.RevocationService;
import vn.tdkt.document.service.FileService;
import vn.tdkt.document.ui.FileField;
import vn.tdkt.movement.service.MovementService.MovementFilter;
import vn.tdkt.movement.service.MovementService.MovementRow;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService.PersonRecord;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.organization.ui.UnitPicker;

/**
 * The forms of a decision: the decision itself, a recipient, a revocation. On a recorded
 * decision the first two also ask for the amendment's reason and document.
 */
@Component
@Scope("prototype")
public class DecisionEditor {

    private final DecisionService decisions;
    private final AwardListService awardLists;
    private final RevocationService revocations;
    private final UnitService units;
    private final PersonService people;
    private final AwardTypeService awardTypes;
    private final MovementService movements;
    private final FileService files;
    private final BaseSalaryService salaries;
    private final Clock clock;

    public DecisionEditor(DecisionService decisions, AwardListService awardLists, RevocationService revocations,
            UnitService units, PersonService people,
            AwardTypeService awardTypes, MovementService movements, FileService files, BaseSalaryService salaries,
            Clock clock) {
        this.salaries = salaries;
        this.decisions = decisions;
        this.awardLists = awardLists;
        this.revocations = revocations;
        this.units = units;
        this.people = people;
        this.awardTypes = awardTypes;
        this.movements = movements;
        this.files = files;
        this.clock = clock;
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    /** Opens the decision form; {@code d} null for a new draft. */
    public void open(DecisionDetails d, Consumer<DecisionDetails> onSaved) {
        ComboBox<UnitOption> issuer = UnitPicker.single(units, t("register.issuer"));
        issuer.setId("decision-issuer");
        TextField number = new TextField(t("register.docNumber"));
        number.setId("decision-number");
        number.setHelperText(t("decision.numberHelp"));
        DatePicker date = DatePickers.create(t("register.decisionDate"));
        date.setMax(LocalDate.now(clock));
        date.setId("decision-date");
        IntegerField yearFrom = new IntegerField(t("decision.yearFrom"));
        yearFrom.setId("decision-year-from");
        IntegerField yearTo = new IntegerField(t("decision.yearTo"));
        yearTo.setId("decision-year-to");
        TextField signer = new TextField(t("decision.signer"));
        TextField signerTitle = new TextField(t("decision.signerTitle"));
        TextArea reason = new TextArea(t("decision.reason"));
        ComboBox<MovementRow> movement = new ComboBox<>(t("register.movement"));
        movement.setItems(Ui.folding(MovementRow::name), movements.page(new MovementFilter("", Set.of(), 0), 0, 500));
        movement.setItemLabelGenerator(MovementRow::name);
        movement.setClearButtonVisible(true);
        FileField scan = new FileField(files, t("decision.scan"));
        TextField amendReason = new TextField(t("decision.amendmentReason"));
        TextField amendNumber = new TextField(t("decision.amendmentNumber"));
        boolean amending = d != null && !d.draft();
        EntityDialog dialog = new EntityDialog(t(d == null ? "decision.new" : "decision.edit"), () -> {
            DecisionDetails saved = decisions.save(new DecisionForm(d == null ? null : d.id(),
                    d == null ? 0 : d.version(), issuer.getValue() == null ? null : issuer.getValue().id(),
                    number.getValue(), date.getValue(), signer.getValue(), signerTitle.getValue(), reason.getValue(),
                    yearFrom.getValue(), yearTo.getValue(), movement.getValue() == null ? null
                            : movement.getValue().id(), scan.getValue()),
                    amending ? new AmendmentInfo(amendReason.getValue(), amendNumber.getValue(), null) : null);
            onSaved.accept(saved);
        });
        dialog.field("issuer", issuer);
        dialog.field("docNumber", number);
        dialog.field("decisionDate", date);
        dialog.field("signerName", signer);
        dialog.field("signerTitle", signerTitle);
        dialog.field("yearFrom", yearFrom);
        dialog.field("yearTo", yearTo);
        dialog.wideField("reason", reason);
        dialog.field("movement", movement);
        dialog.field("scan", scan);
        if (amending) {
            dialog.wideField("amendmentReason", amendReason);
            dialog.field("amendmentDocNumber", amendNumber);
        }
        if (d != null && d.baseWarning() != null) {
            dialog.form().add(DecisionView.baseWarning(d.baseWarning()));
        }
        if (d != null) {
            issuer.setValue(units.option(d.issuerUnitId()));
            number.setValue(d.docNumber());
            date.setValue(d.decisionDate());
            signer.setValue(d.signerName() == null ? "" : d.signerName());
            signerTitle.setValue(d.signerTitle() == null ? "" : d.signerTitle());
            reason.setValue(d.reason() == null ? "" : d.reason());
            yearFrom.setValue(d.yearFrom());
            yearTo.setValue(d.yearTo());
            if (d.movementId() != null) {
                movement.getListDataView().getItems().filter(m -> m.id().equals(d.movementId())).findFirst()
                        .ifPresent(movement::setValue);
            }
            scan.setValue(d.scan() == null ? null : d.scan().id());
        }
        dialog.open();
    }

    /** Opens the recipient form; {@code r} null for a new recipient. */
    public void openRecipient(DecisionDetails d, AwardRecord r, Consumer<DecisionDetails> onSaved) {
        Select<RecipientKind> kind = new Select<>();
        kind.setLabel(t("decision.recipientKind"));
        kind.setItems(RecipientKind.INDIVIDUAL, RecipientKind.COLLECTIVE);
        kind.setItemLabelGenerator(k -> t("register.kind." + k));
        ComboBox<PersonRecord> person = new ComboBox<>(t("decision.person"));
        person.setItems(q -> people.page(new PersonFilter(q.getFilter().orElse(""), null, true), q.getOffset(),
                q.getLimit()).stream());
        person.setItemLabelGenerator(p -> p.fullName() + (p.birthYear() == null ? "" : " (" + p.birthYear() + ")")
                + " — " + p.unitName());
        person.setId("recipient-person");
        ComboBox<UnitOption> unit = UnitPicker.single(units, t("decision.collective"));
        unit.setId("recipient-unit");
        ComboBox<AwardTypeRecord> award = new ComboBox<>(t("register.award"));
        award.setItems(Ui.folding(AwardTypeRecord::name), awardTypes.search("", null).stream()
                .filter(AwardTypeRecord::active).toList());
        award.setItemLabelGenerator(AwardTypeRecord::name);
        award.setId("recipient-award");
        IntegerField registerNo = new IntegerField(t("register.registerNo"));
        BigDecimalField coefficient = new BigDecimalField(t("decision.coefficient"));
        coefficient.setHelperText(t("decision.coefficientHelp"));
        TextField position = new TextField(t("decision.positionAsPrinted"));
        TextField note = new TextField(t("field.note"));
        TextField amendReason = new TextField(t("decision.amendmentReason"));
        TextField amendNumber = new TextField(t("decision.amendmentNumber"));
        boolean amending = !d.draft();
        EntityDialog dialog = new EntityDialog(t(r == null ? "decision.addRecipient" : "decision.editRecipient"),
                () -> onSaved.accept(awardLists.saveAward(d.id(), new AwardForm(r == null ? null : r.id(),
                        r == null ? 0 : r.version(), kind.getValue(),
                        person.getValue() == null ? null : person.getValue().id(),
                        unit.getValue() == null ? null : unit.getValue().id(),
                        award.getValue() == null ? null : award.getValue().id(), registerNo.getValue(),
                        coefficient.getValue(), position.getValue(), note.getValue()),
                        amending ? new AmendmentInfo(amendReason.getValue(), amendNumber.getValue(), null) : null)));
        dialog.field("kind", kind);
        dialog.field("awardType", award);
        dialog.wideField("person", person);
        dialog.wideField("unit", unit);
        dialog.field("registerNo", registerNo);
        dialog.field("coefficient", coefficient);
        dialog.field("positionName", position);
        dialog.field("note", note);
        if (amending) {
            dialog.wideField("amendmentReason", amendReason);
            dialog.field("amendmentDocNumber", amendNumber);
        }
        baseWarning(d).ifPresent(dialog.form()::add);
        kind.addValueChangeListener(e -> {
            person.setVisible(e.getValue() == RecipientKind.INDIVIDUAL);
            position.setVisible(e.getValue() == RecipientKind.INDIVIDUAL);
            unit.setVisible(e.getValue() == RecipientKind.COLLECTIVE);
        });
        kind.setValue(r == null ? RecipientKind.INDIVIDUAL : r.kind());
        if (r != null) {
            if (r.personId() != null) {
                person.setValue(people.page(new PersonFilter(r.name(), null, true), 0, 50).stream()
                        .filter(p -> p.id().equals(r.personId())).findFirst().orElse(null));
            }
            if (r.kind() == RecipientKind.COLLECTIVE) {
                unit.setValue(units.option(r.unitId()));
            }
            award.setValue(awardTypes.get(r.awardTypeId()));
            registerNo.setValue(r.registerNo());
            coefficient.setValue(r.coefficient());
            position.setValue(r.positionName() == null ? "" : r.positionName());
            note.setValue(r.note() == null ? "" : r.note());
        }
        dialog.open();
    }

    /** The money of a new or changed recipient would rest on a base salary not yet confirmed. */
    private java.util.Optional<com.vaadin.flow.component.Component> baseWarning(DecisionDetails d) {
        if (d.baseWarning() != null) {
            return java.util.Optional.of(DecisionView.baseWarning(d.baseWarning()));
        }
        return salaries.findInForceOn(d.decisionDate()).filter(b -> !b.confirmed())
                .map(b -> DecisionView.baseWarning(new BaseWarning(b.effectiveFrom(), b.amount(), false, null)));
    }

    /** Revocation of the decision ({@code r} null) or of one recipient. */
    public void openRevocation(DecisionDetails d, AwardRecord r, Consumer<DecisionDetails> onSaved) {
        DatePicker date = DatePickers.create(t("decision.revokedOn"), LocalDate.now(clock));
        TextArea reason = new TextArea(t("decision.revokeReason"));
        TextField ground = new TextField(t("decision.legalGround"));
        ground.setHelperText(t("decision.legalGroundHelp"));
        EntityDialog dialog = new EntityDialog(r == null ? t("decision.revokeTitle", d.docNumber())
                : t("decision.revokeRecipientTitle", r.name()), () -> {
                    Revocation revocation = new Revocation(date.getValue(), reason.getValue(), ground.getValue());
                    onSaved.accept(r == null ? revocations.revoke(d.id(), d.version(), revocation)
                            : revocations.revokeAward(r.id(), r.version(), revocation));
                });
        dialog.field("revokedOn", date);
        dialog.wideField("revokeReason", reason);
        dialog.wideField("legalGround", ground);
        dialog.open();
    }
}
