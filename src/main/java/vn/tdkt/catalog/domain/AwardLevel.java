package vn.tdkt.catalog.domain;

/** The level that confers an award. */
public enum AwardLevel {
    /** Cơ sở: the head of an office or unit. */
    BASE,
    /** Cấp bộ, ban, ngành, tỉnh (includes Văn phòng Trung ương Đảng). */
    MINISTRY_PROVINCE,
    /** Chính phủ, Thủ tướng Chính phủ. */
    NATIONAL,
    /** Nhà nước: Chủ tịch nước. */
    STATE
}
