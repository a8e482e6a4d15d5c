package vn.tdkt.decision.domain;

import vn.tdkt.base.domain.Shared;

/** Entered on a form, or brought in from a legacy list. */
@Shared
public enum DecisionSource {
    MANUAL,
    IMPORT
}
