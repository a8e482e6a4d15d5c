package vn.tdkt.nomination.domain.eligibility;

import vn.tdkt.base.domain.Shared;

/** A procedure during which proposals for the person or collective are held. */
@Shared
public enum HoldKind {
    /** Đang xem xét kỷ luật. */
    DISCIPLINE_PROCEDURE,
    /** Đang thanh tra, kiểm tra. */
    INSPECTION,
    /** Đang có đơn thư khiếu nại, tố cáo chưa giải quyết. */
    COMPLAINT,
    /** Đang điều tra. */
    INVESTIGATION
}
