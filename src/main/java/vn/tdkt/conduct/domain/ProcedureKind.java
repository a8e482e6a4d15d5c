package vn.tdkt.conduct.domain;

import vn.tdkt.base.domain.Shared;

/** What is pending against a person; while any is open, no award is proposed for them. */
@Shared
public enum ProcedureKind {
    /** Đang xem xét kỷ luật. */
    XEM_XET_KY_LUAT,
    /** Đang bị thanh tra. */
    THANH_TRA,
    /** Đang bị kiểm tra (of the party's inspection committee). */
    KIEM_TRA,
    /** Đang bị điều tra. */
    DIEU_TRA,
    /** Đang có khiếu nại, tố cáo chưa giải quyết. */
    KHIEU_NAI
}
