package vn.tdkt.decision.domain;

/** Entered on a form, or brought in from a legacy list. */
public enum DecisionSource {
    MANUAL,
    IMPORT
}
