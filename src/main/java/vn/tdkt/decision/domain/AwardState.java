package vn.tdkt.decision.domain;

/** The register shows ACTIVE and, on request, REVOKED records; drafts never. */
public enum AwardState {
    DRAFT,
    ACTIVE,
    REVOKED
}
