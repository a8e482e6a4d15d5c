package vn.tdkt.council.service;

import org.springframework.stereotype.Component;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.nomination.domain.NominationStatus;
import vn.tdkt.nomination.domain.RoundStatus;
import vn.tdkt.nomination.service.NominationService;
import vn.tdkt.nomination.service.RoundContents;

/**
 * A round is decided only when every candidate has its outcome: none waits for the council's
 * verdict, none passed and not yet decided or forwarded.
 */
@Component
class IssuingRoundCheck implements RoundContents {

    private final NominationService nominations;

    IssuingRoundCheck(NominationService nominations) {
        this.nominations = nominations;
    }

    @Override
    @Access.Unsecured("called by AwardRoundService inside its secured delete")
    public long countIn(Long roundId) {
        return 0;
    }

    @Override
    @Access.Unsecured("called by AwardRoundService inside its secured step")
    public void checkStep(Long roundId, RoundStatus to) {
        if (to != RoundStatus.DECIDED) {
            return;
        }
        long open = nominations.candidates(roundId).stream().filter(n -> n.status() == NominationStatus.ACCEPTED
                || n.status() == NominationStatus.PASSED).count();
        if (open > 0) {
            throw new BusinessException("error.issuing.roundNotDone", open);
        }
    }
}
