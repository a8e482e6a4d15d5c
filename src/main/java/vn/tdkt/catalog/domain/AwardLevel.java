package vn.tdkt.catalog.domain;

import vn.tdkt.base.domain.Shared;

/** The level that confers an award. */
@Shared
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
