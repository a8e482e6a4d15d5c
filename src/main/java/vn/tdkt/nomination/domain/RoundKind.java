package vn.tdkt.nomination.domain;

import vn.tdkt.base.domain.Shared;

/** Why a round is held: the year's review, a movement's final review, a theme, or a sudden feat. */
@Shared
public enum RoundKind {
    /** Tổng kết năm: the achievements of one calendar year. */
    TONG_KET_NAM,
    /** Tổng kết phong trào: the close of a movement; it names the movement. */
    TONG_KET_PHONG_TRAO,
    /** Chuyên đề: a theme or an occasion (e.g. 18/10, the office's traditional day). */
    CHUYEN_DE,
    /** Đột xuất: an outstanding, unexpected achievement. */
    DOT_XUAT
}
