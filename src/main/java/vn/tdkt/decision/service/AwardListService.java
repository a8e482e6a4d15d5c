package vn.tdkt.decision.service;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.decision.domain.Award;
import vn.tdkt.decision.domain.AwardDecision;
import vn.tdkt.decision.domain.AwardRepository;
import vn.tdkt.decision.domain.AwardState;
import vn.tdkt.decision.domain.DecisionStatus;
import vn.tdkt.decision.service.DecisionRecords.AmendmentInfo;
import vn.tdkt.decision.service.DecisionRecords.AwardForm;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.organization.service.PersonService.PersonDetails;
import vn.tdkt.organization.service.PersonService.Placement;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService;

/**
 * The attached list of a decision (danh sách kèm theo): who receives which award, at which
 * position and unit, with which số sổ vàng and money. On a recorded decision every change
 * is an amendment.
 */
@Service
@Transactional(readOnly = true)
public class AwardListService {

    private final AwardRepository awards;
    private final DecisionReader reader;
    private final AmendmentLog amendments;
    private final AwardMoney money;
    private final UnitService units;
    private final PersonService people;
    private final AwardTypeService awardTypes;
    private final AuditService audit;
    private final AwardCounts counts;

    AwardListService(AwardRepository awards, DecisionReader reader, AmendmentLog amendments, AwardMoney money,
            UnitService units, PersonService people, AwardTypeService awardTypes, AuditService audit,
            AwardCounts counts) {
        this.counts = counts;
        this.awards = awards;
        this.reader = reader;
        this.amendments = amendments;
        this.money = money;
        this.units = units;
        this.people = people;
        this.awardTypes = awardTypes;
        this.audit = audit;
    }

    /** Adds an award (id null) or changes one; on a recorded decision only with an amendment. */
    @Access.Secretary
    @Transactional
    public DecisionDetails saveAward(Long decisionId, AwardForm form, AmendmentInfo amendment) {
        AwardDecision d = reader.decision(decisionId);
        amendments.requireChangeable(d, amendment);
        counts.watch(d.getId());
        Award a;
        String before;
        if (form.id() == null) {
            a = new Award(d.getId());
            a.setState(d.getStatus() == DecisionStatus.DRAFT ? AwardState.DRAFT : AwardState.ACTIVE);
            before = null;
        } else {
            a = reader.awardForChange(form.id(), form.version());
            if (!a.getDecisionId().equals(d.getId())) {
                throw new BusinessException("error.notFound");
            }
            if (a.getState() == AwardState.REVOKED) {
                throw new BusinessException("error.award.revoked");
            }
            before = reader.describe(a);
        }
        apply(d, a, form);
        checkUnique(d, a);
        a = awards.saveAndFlush(a);
        String after = reader.describe(a);
        if (before == null) {
            audit.record(DecisionReader.AWARD, a.getId(), "CREATE", d.getDocNumber() + ": " + after);
            if (d.getStatus() != DecisionStatus.DRAFT) {
                amendments.amend(d, amendment, "Bổ sung: " + after);
            }
        } else if (!before.equals(after)) {
            audit.record(DecisionReader.AWARD, a.getId(), "UPDATE", before + " → " + after);
            if (d.getStatus() != DecisionStatus.DRAFT) {
                amendments.amend(d, amendment, before + " → " + after);
            }
        }
        return reader.details(d.getId());
    }

    private void apply(AwardDecision d, Award a, AwardForm form) {
        AwardTypeRecord type = awardTypes.get(Checks.required(form.awardTypeId(), "awardType"));
        RecipientKind kind = Checks.required(form.kind(), "kind");
        if (kind == RecipientKind.BOTH) {
            throw BusinessException.onField("kind", "error.required");
        }
        if (!type.recipientKind().allows(kind)) {
            throw BusinessException.onField("awardType", kind == RecipientKind.COLLECTIVE
                    ? "error.award.individualOnly" : "error.award.collectiveOnly", type.name());
        }
        if (form.registerNo() != null && form.registerNo() < 1) {
            throw BusinessException.onField("registerNo", "error.award.registerNo");
        }
        if (kind == RecipientKind.INDIVIDUAL) {
            PersonDetails p = people.get(Checks.required(form.personId(), "person"));
            Placement then = people.placementOn(p.id(), d.getDecisionDate());
            Long unitId = then == null ? p.unitId() : then.unitId();
            String position = form.positionName() != null && !form.positionName().isBlank()
                    ? VietnameseText.clean(form.positionName())
                    : then == null ? p.positionName() : then.positionName();
            a.setRecipient(kind, p.id(), unitId, p.fullName(), p.gender(), p.birthYear(),
                    Checks.maxLength(position, 255, "positionName"), units.option(unitId).fullName());
        } else {
            String name = units.option(Checks.required(form.unitId(), "unit")).fullName();
            a.setRecipient(kind, null, form.unitId(), name, null, null, null, name);
        }
        a.setAward(type.id(), type.level(), type.precedence(), type.name());
        a.setRegisterNo(form.registerNo());
        a.setNote(Checks.maxLength(VietnameseText.clean(form.note()), 500, "note"));
        money.apply(a, type, kind, d.getDecisionDate(), form.coefficient());
        a.copyDecision(d);
    }

    private void checkUnique(AwardDecision d, Award a) {
        for (Award other : reader.awardsOf(d.getId())) {
            if (other.getId().equals(a.getId())) {
                continue;
            }
            // A combined decision may give one recipient several award types, each once.
            if (other.getRecipientKey().equals(a.getRecipientKey())
                    && other.getAwardTypeId().equals(a.getAwardTypeId())) {
                throw BusinessException.onField(a.getKind() == RecipientKind.INDIVIDUAL ? "person" : "unit",
                        "error.award.duplicateRecipient", a.getRecipientName(),
                        awardTypes.get(a.getAwardTypeId()).name());
            }
            if (a.getRegisterNo() != null && a.getRegisterNo().equals(other.getRegisterNo())) {
                throw BusinessException.onField("registerNo", "error.award.duplicateRegisterNo", a.getRegisterNo(),
                        other.getRecipientName());
            }
        }
    }

    /** Removes an award from a draft; on a recorded decision an award is revoked instead. */
    @Access.Secretary
    @Transactional
    public DecisionDetails removeAward(Long awardId, long version) {
        Award a = reader.awardForChange(awardId, version);
        AwardDecision d = reader.decision(a.getDecisionId());
        if (d.getStatus() != DecisionStatus.DRAFT) {
            throw new BusinessException("error.decision.locked");
        }
        counts.watch(d.getId());
        awards.delete(a);
        audit.record(DecisionReader.AWARD, a.getId(), "DELETE", d.getDocNumber() + ": " + reader.describe(a));
        return reader.details(d.getId());
    }
}
