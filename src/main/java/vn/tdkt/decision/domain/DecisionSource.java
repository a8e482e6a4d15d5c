package vn.tdkt.decision.domain;

import vn.tdkt.base.domain.Shared;

/** Entered on a form, brought in from a legacy list, or issued here from the office's own number sequence. */
@Shared
public enum DecisionSource {
    MANUAL,
    IMPORT,
    ISSUED
}
