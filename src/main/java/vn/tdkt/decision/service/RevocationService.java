package vn.tdkt.decision.service;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.AuditText;
import vn.tdkt.base.service.PersistenceConfig;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.decision.domain.Award;
import vn.tdkt.decision.domain.AwardDecision;
import vn.tdkt.decision.domain.AwardDecisionRepository;
import vn.tdkt.decision.domain.AwardRepository;
import vn.tdkt.decision.domain.AwardState;
import vn.tdkt.decision.domain.DecisionStatus;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.DecisionRecords.Revocation;

/**
 * Thu hồi (Law 2022, art. 93): a whole decision or one award is revoked with its reason and
 * legal ground. The record stays, marked revoked, and counts no more.
 */
@Service
@Transactional(readOnly = true)
public class RevocationService {

    private final AwardDecisionRepository decisions;
    private final AwardRepository awards;
    private final DecisionReader reader;
    private final AuditService audit;
    private final Clock clock;
    private final AwardCounts counts;

    RevocationService(AwardDecisionRepository decisions, AwardRepository awards, DecisionReader reader,
            AuditService audit, Clock clock, AwardCounts counts) {
        this.counts = counts;
        this.decisions = decisions;
        this.awards = awards;
        this.reader = reader;
        this.audit = audit;
        this.clock = clock;
    }

    /** Thu hồi the whole decision: every recipient is revoked with it. */
    @Access.Secretary
    @Transactional
    public DecisionDetails revoke(Long id, long version, Revocation revocation) {
        AwardDecision d = reader.decisionForChange(id, version);
        if (d.getStatus() != DecisionStatus.RECORDED) {
            throw new BusinessException("error.decision.notRecorded");
        }
        Revocation r = check(revocation, d.getDecisionDate());
        counts.watch(id);
        String by = PersistenceConfig.currentUsername();
        d.revoke(r.date(), r.reason(), r.legalGround(), by);
        decisions.saveAndFlush(d);
        for (Award a : reader.awardsOf(id)) {
            if (a.getState() == AwardState.ACTIVE) {
                a.revoke(r.date(), r.reason(), r.legalGround(), by);
            }
        }
        audit.record(DecisionReader.DECISION, id, "REVOKE", d.getDocNumber() + ", ngày " + AuditText.of(r.date())
                + ": " + r.reason() + " (" + r.legalGround() + ")");
        return reader.details(id);
    }

    /** Thu hồi one recipient's award; the others of the decision stay. */
    @Access.Secretary
    @Transactional
    public DecisionDetails revokeAward(Long awardId, long version, Revocation revocation) {
        Award a = reader.awardForChange(awardId, version);
        if (a.getState() != AwardState.ACTIVE) {
            throw new BusinessException("error.decision.notRecorded");
        }
        Revocation r = check(revocation, a.getDecisionDate());
        counts.watch(a.getDecisionId());
        a.revoke(r.date(), r.reason(), r.legalGround(), PersistenceConfig.currentUsername());
        awards.saveAndFlush(a);
        // On the decision's trail, where people look for what happened to its list.
        audit.record(DecisionReader.DECISION, a.getDecisionId(), "REVOKE", a.getDocNumber() + ", "
                + a.getRecipientName()
                + ", ngày " + AuditText.of(r.date()) + ": " + r.reason() + " (" + r.legalGround() + ")");
        return reader.details(a.getDecisionId());
    }

    private Revocation check(Revocation r, LocalDate decisionDate) {
        LocalDate date = Checks.required(r.date(), "revokedOn");
        if (date.isAfter(LocalDate.now(clock))) {
            throw BusinessException.onField("revokedOn", "error.decision.futureDate");
        }
        if (date.isBefore(decisionDate)) {
            throw BusinessException.onField("revokedOn", "error.revocation.beforeDecision");
        }
        return new Revocation(date,
                Checks.maxLength(Checks.required(VietnameseText.clean(r.reason()), "revokeReason"), 1000,
                        "revokeReason"),
                Checks.maxLength(Checks.required(VietnameseText.clean(r.legalGround()), "legalGround"), 500,
                        "legalGround"));
    }
}
