package vn.tdkt.decision.domain;

import vn.tdkt.base.domain.Shared;

/** A draft is edited freely; a recorded decision is locked (amendments only); a revoked one counts no more. */
@Shared
public enum DecisionStatus {
    DRAFT,
    RECORDED,
    REVOKED
}
