package vn.tdkt.decision.domain;

import vn.tdkt.base.domain.Shared;

/** The register shows ACTIVE and, on request, REVOKED records; drafts never. */
@Shared
public enum AwardState {
    DRAFT,
    ACTIVE,
    REVOKED
}
