package vn.tdkt.conduct.domain;

import vn.tdkt.base.domain.Shared;

/**
 * Hình thức kỷ luật, lightest first. The forms of the Law on cadres and civil servants (cán bộ:
 * khiển trách, cảnh cáo, cách chức, bãi nhiệm; công chức: khiển trách, cảnh cáo, hạ bậc lương,
 * giáng chức, cách chức, buộc thôi việc) and of the Party Statute (đảng viên: khiển trách,
 * cảnh cáo, cách chức, khai trừ) in one order of severity; the last three end the person's
 * service in different systems and are not ranked against each other by any text.
 */
@Shared
public enum DisciplineForm {
    KHIEN_TRACH,
    CANH_CAO,
    HA_BAC_LUONG,
    GIANG_CHUC,
    CACH_CHUC,
    BAI_NHIEM,
    BUOC_THOI_VIEC,
    KHAI_TRU;

    /** "Bị kỷ luật từ hình thức cảnh cáo trở lên" (Law 06/2022 on the collective titles). */
    public boolean isWarningOrAbove() {
        return atLeast(CANH_CAO);
    }

    public boolean atLeast(DisciplineForm other) {
        return compareTo(other) >= 0;
    }
}
