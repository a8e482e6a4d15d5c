package vn.tdkt.nomination.domain;

import vn.tdkt.base.domain.Shared;

/** What a piece of evidence (minh chứng) picked from the records is. */
@Shared
public enum EvidenceKind {
    /** A recognised initiative or accepted research (conduct). */
    INITIATIVE,
    /** An award in the register. */
    AWARD,
    /** A yearly rating. */
    RATING
}
