package vn.tdkt.nomination.domain.eligibility;

import vn.tdkt.base.domain.Shared;

/** The overall result of a checklist. */
@Shared
public enum Verdict {
    /** Every mandatory criterion passed (warnings may remain). */
    ELIGIBLE,
    /** No mandatory criterion failed, but some must be confirmed by a person. */
    NEEDS_CONFIRMATION,
    /** A mandatory criterion failed and was not overridden: the nomination cannot be submitted. */
    BLOCKED
}
