package vn.tdkt.decision.service;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.tdkt.base.service.AuditText;
import vn.tdkt.base.service.Entities;
import vn.tdkt.catalog.service.BaseSalaryService;
import vn.tdkt.catalog.service.BaseSalaryService.BaseSalaryRecord;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.decision.domain.AmendmentRepository;
import vn.tdkt.decision.domain.Award;
import vn.tdkt.decision.domain.AwardDecision;
import vn.tdkt.decision.domain.AwardDecisionRepository;
import vn.tdkt.decision.domain.AwardRepository;
import vn.tdkt.decision.domain.AwardState;
import vn.tdkt.decision.domain.DecisionSource;
import vn.tdkt.decision.domain.DocumentNumber;
import vn.tdkt.decision.service.DecisionRecords.AmendmentRecord;
import vn.tdkt.decision.service.DecisionRecords.AwardRecord;
import vn.tdkt.decision.service.DecisionRecords.BaseWarning;
import vn.tdkt.decision.service.DecisionRecords.MoneyNote;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.document.service.FileService;
import vn.tdkt.movement.service.MovementService;
import vn.tdkt.organization.service.PersonalData;
import vn.tdkt.organization.service.UnitService;

/**
 * Reads a decision with its list and amendments the way every decision service answers,
 * and loads the records they change. Not a service of its own: its callers are secured.
 */
@Component
class DecisionReader {

    /** Names of the audited records; the decision page shows the decision's trail. */
    static final String DECISION = DecisionRecords.AUDITED_DECISION;
    static final String AWARD = "Award";

    private final AwardDecisionRepository decisions;
    private final AwardRepository awards;
    private final AmendmentRepository amendments;
    private final UnitService units;
    private final AwardTypeService awardTypes;
    private final MovementService movements;
    private final FileService files;
    private final BaseSalaryService salaries;
    private final PersonalData privacy;

    DecisionReader(AwardDecisionRepository decisions, AwardRepository awards, AmendmentRepository amendments,
            UnitService units, AwardTypeService awardTypes, MovementService movements, FileService files,
            BaseSalaryService salaries, PersonalData privacy) {
        this.privacy = privacy;
        this.salaries = salaries;
        this.decisions = decisions;
        this.awards = awards;
        this.amendments = amendments;
        this.units = units;
        this.awardTypes = awardTypes;
        this.movements = movements;
        this.files = files;
    }

    AwardDecision decision(Long id) {
        return Entities.found(decisions, id);
    }

    AwardDecision decisionForChange(Long id, long version) {
        return Entities.forChange(decisions, id, version);
    }

    Award awardForChange(Long id, long version) {
        return Entities.forChange(awards, id, version);
    }

    List<Award> awardsOf(Long decisionId) {
        return awards.findByDecisionIdOrderByKindDescRegisterNoAscIdAsc(decisionId);
    }

    DecisionDetails details(Long id) {
        AwardDecision d = decision(id);
        Map<Long, AwardTypeRecord> types = awardTypes.byId();
        // The order of the printed list: số sổ vàng, then collectives before people as entered.
        List<Award> entities = awardsOf(id);
        // A recipient's gender and birth year are personal (the list itself is public): masked
        // outside the reader's scope, and always for a recipient not linked to a person.
        Set<Long> personal = privacy.scope().everyone() ? null
                : privacy.visibleAmong(entities.stream().map(Award::getPersonId).toList());
        List<AwardRecord> list = entities.stream()
                .map(a -> toRecord(a, types.get(a.getAwardTypeId()).name(), d.getSource(),
                        personal == null || personal.contains(a.getPersonId())))
                .sorted(Comparator.comparing(AwardRecord::registerNo, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(r -> r.kind() == RecipientKind.COLLECTIVE ? 0 : 1)
                        .thenComparing(AwardRecord::id))
                .toList();
        List<AmendmentRecord> changes = amendments.findByDecisionIdOrderByAmendedOnAscIdAsc(id).stream()
                .map(a -> new AmendmentRecord(a.getAmendedOn(), a.getDocNumber(), a.getReason(), a.getChanges(),
                        a.getCreatedBy()))
                .toList();
        List<AwardRecord> counted = list.stream().filter(r -> r.state() != AwardState.REVOKED).toList();
        BigDecimal total = counted.stream().map(AwardRecord::amount).filter(Objects::nonNull)
                .reduce(BigDecimal::add).orElse(null);
        MoneyNote totalNote = total != null ? MoneyNote.AMOUNT
                : counted.stream().anyMatch(r -> r.money() == MoneyNote.NO_DATA) || counted.isEmpty()
                        ? MoneyNote.NO_DATA : MoneyNote.NONE_BY_RULES;
        return new DecisionDetails(d.getId(), d.getVersion(), d.getIssuerUnitId(),
                units.option(d.getIssuerUnitId()).fullName(), d.getDocNumber(),
                new DocumentNumber(d.getDocNumber(), d.getNumberSeq(), d.getNumberType(), d.getNumberBody()),
                d.getDecisionDate(), d.getSignerName(), d.getSignerTitle(), d.getReason(), d.getYearFrom(),
                d.getYearTo(), d.getMovementId(),
                d.getMovementId() == null ? null : movements.get(d.getMovementId()).name(),
                d.getScanFileId() == null ? null : files.describe(d.getScanFileId()), d.getStatus(), d.getSource(),
                d.getRevokedOn(), d.getRevokeReason(), d.getRevokeGround(), list, changes, d.getRevokedBy(), total,
                totalNote, baseWarning(d, counted));
    }

    /** A warning when the money of the decision rests on a base salary that cannot be relied on. */
    private BaseWarning baseWarning(AwardDecision d, List<AwardRecord> counted) {
        List<BigDecimal> used = counted.stream().map(AwardRecord::baseSalary).filter(Objects::nonNull).toList();
        if (used.isEmpty()) {
            return null;
        }
        BaseSalaryRecord base = salaries.findInForceOn(d.getDecisionDate()).orElse(null);
        if (base == null) {
            return null;
        }
        BigDecimal differing = used.stream().filter(b -> b.compareTo(base.amount()) != 0).findFirst().orElse(null);
        if (base.confirmed() && differing == null) {
            return null;
        }
        return new BaseWarning(base.effectiveFrom(), base.amount(), base.confirmed(), differing);
    }

    /** How an award reads in the audit trail and in amendments. */
    String describe(Award a) {
        return (a.getRegisterNo() == null ? "" : "số sổ vàng " + a.getRegisterNo() + ": ") + a.getRecipientName()
                + (a.getPositionName() == null ? "" : ", " + a.getPositionName()) + " — "
                + awardTypes.get(a.getAwardTypeId()).name()
                + (a.getAmount() == null ? "" : " — " + AuditText.money(a.getAmount()));
    }

    static MoneyNote moneyNote(Award a, DecisionSource source) {
        if (a.getAmount() != null) {
            return MoneyNote.AMOUNT;
        }
        return source == DecisionSource.IMPORT || a.getCoefficient() != null ? MoneyNote.NO_DATA
                : MoneyNote.NONE_BY_RULES;
    }

    private static AwardRecord toRecord(Award a, String awardName, DecisionSource source, boolean personal) {
        return new AwardRecord(a.getId(), a.getVersion(), a.getRegisterNo(), a.getKind(), a.getPersonId(),
                a.getUnitId(), a.getRecipientName(), personal ? a.getGender() : null,
                personal ? a.getBirthYear() : null, a.getPositionName(),
                a.getUnitName(), a.getAwardTypeId(), awardName, a.getCoefficient(), a.getBaseSalary(), a.getAmount(),
                a.getNote(), a.getState(), a.getRevokedOn(), a.getRevokeReason(), a.getRevokeGround(),
                a.getRevokedBy(), moneyNote(a, source));
    }
}
