package vn.tdkt.decision.domain;

/** Mức xếp loại chất lượng hằng năm. */
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
