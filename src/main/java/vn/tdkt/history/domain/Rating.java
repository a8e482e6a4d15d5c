package vn.tdkt.history.domain;

import vn.tdkt.base.domain.Shared;

/** Mức xếp loại chất lượng hằng năm. */
@Shared
public enum Rating {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    HTXSNV,
    /** Hoàn thành tốt nhiệm vụ. */
    HTTNV,
    /** Hoàn thành nhiệm vụ. */
    HTNV,
    /** Không hoàn thành nhiệm vụ. */
    KHTNV
}
