package vn.tdkt.council.domain;

import vn.tdkt.base.domain.Shared;

/** Đang bỏ phiếu → Đã khóa kết quả (the tally and the verdicts never change after). */
@Shared
public enum BallotStatus {
    OPEN,
    LOCKED
}
