package vn.tdkt.organization.domain;

import vn.tdkt.base.domain.Shared;

@Shared
public enum UnitStatus {
    ACTIVE,
    /** No longer operating (giải thể); kept for history. */
    INACTIVE,
    /** Merged into another unit (sáp nhập); kept for history. */
    MERGED
}
