package vn.tdkt.nomination.domain.eligibility;

import vn.tdkt.base.domain.Shared;

/**
 * Disciplinary forms from the lightest to the heaviest (state and party forms mapped onto
 * one scale), so that "cảnh cáo trở lên" is {@code form.atLeast(WARNING)}.
 */
@Shared
public enum DisciplineForm {
    /** Khiển trách. */
    REPRIMAND,
    /** Cảnh cáo. */
    WARNING,
    /** Hạ bậc lương. */
    SALARY_DOWNGRADE,
    /** Giáng chức. */
    DEMOTION,
    /** Cách chức. */
    DISMISSAL_FROM_POST,
    /** Buộc thôi việc; khai trừ khỏi Đảng. */
    EXPULSION;

    public boolean atLeast(DisciplineForm other) {
        return compareTo(other) >= 0;
    }
}
