package vn.tdkt.movement.domain;

import vn.tdkt.base.domain.Shared;

@Shared
public enum MovementKind {
    /** Thường xuyên: runs every year, e.g. "Tham mưu giỏi, phục vụ tốt". */
    REGULAR,
    /** Chuyên đề: a theme over a set period, often several years. */
    THEMATIC,
    /** Theo đợt: a short campaign. */
    PERIODIC
}
