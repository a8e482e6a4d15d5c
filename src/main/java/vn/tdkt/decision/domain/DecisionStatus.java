package vn.tdkt.decision.domain;

/** A draft is edited freely; a recorded decision is locked (amendments only); a revoked one counts no more. */
public enum DecisionStatus {
    DRAFT,
    RECORDED,
    REVOKED
}
