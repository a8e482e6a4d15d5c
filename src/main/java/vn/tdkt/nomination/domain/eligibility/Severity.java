package vn.tdkt.nomination.domain.eligibility;

import vn.tdkt.base.domain.Shared;

/** Whether a failed criterion blocks the nomination or only warns. */
@Shared
public enum Severity {
    MANDATORY,
    WARNING
}
