package vn.tdkt.decision.domain;

import vn.tdkt.base.domain.Shared;

/** The documents this office numbers itself: its decisions (QĐ) and its submissions to a higher body (TTr). */
@Shared
public enum DocumentKind {
    DECISION,
    SUBMISSION
}
