package vn.tdkt.decision.service;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.decision.domain.Amendment;
import vn.tdkt.decision.domain.AmendmentRepository;
import vn.tdkt.decision.domain.AwardDecision;
import vn.tdkt.decision.domain.DecisionStatus;
import vn.tdkt.decision.service.DecisionRecords.AmendmentInfo;

/**
 * A recorded decision changes only through a visible amendment: a reason, and the
 * correcting document if there is one. Drafts change freely; revoked decisions never.
 */
@Component
class AmendmentLog {

    private final AmendmentRepository amendments;
    private final AuditService audit;
    private final Clock clock;

    AmendmentLog(AmendmentRepository amendments, AuditService audit, Clock clock) {
        this.amendments = amendments;
        this.audit = audit;
        this.clock = clock;
    }

    void requireChangeable(AwardDecision d, AmendmentInfo amendment) {
        if (d.getStatus() == DecisionStatus.REVOKED) {
            throw new BusinessException("error.decision.revoked");
        }
        if (d.getStatus() == DecisionStatus.RECORDED
                && (amendment == null || VietnameseText.clean(amendment.reason()).isEmpty())) {
            throw BusinessException.onField("amendmentReason", "error.decision.amendmentRequired");
        }
    }

    /** Keeps the amendment of a recorded decision; nothing for a draft. */
    void amend(AwardDecision d, AmendmentInfo info, String changes) {
        if (d.getStatus() == DecisionStatus.DRAFT) {
            return;
        }
        LocalDate on = info.date() == null ? LocalDate.now(clock) : info.date();
        amendments.save(new Amendment(d.getId(), on,
                Checks.maxLength(VietnameseText.clean(info.docNumber()), 60, "amendmentDocNumber"),
                Checks.maxLength(VietnameseText.clean(info.reason()), 1000, "amendmentReason"), changes));
        audit.record(DecisionReader.DECISION, d.getId(), "AMEND", info.reason() + ": " + changes);
    }
}
