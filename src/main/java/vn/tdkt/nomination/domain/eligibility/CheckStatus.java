package vn.tdkt.nomination.domain.eligibility;

import vn.tdkt.base.domain.Shared;

/** The outcome of one criterion. */
@Shared
public enum CheckStatus {
    PASSED,
    FAILED,
    /** The records do not decide it: a person must confirm (e.g. an initiative not yet recorded). */
    MANUAL
}
