package vn.tdkt.catalog.domain;

import vn.tdkt.base.domain.Shared;

/** How the council must vote for an award, counted against all of its members. */
@Shared
public enum VoteRule {
    /** No ballot needed. */
    NONE,
    /** More than half of all members. */
    MAJORITY,
    /** At least the stated percentage of all members. */
    SHARE
}
