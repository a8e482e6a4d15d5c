package vn.tdkt.catalog.domain;

public enum AwardCategory {
    /** Danh hiệu thi đua. */
    EMULATION_TITLE,
    /** Hình thức khen thưởng. */
    COMMENDATION_FORM
}
