package vn.tdkt.catalog.domain;

import vn.tdkt.base.domain.Shared;

@Shared
public enum AwardCategory {
    /** Danh hiệu thi đua. */
    EMULATION_TITLE,
    /** Hình thức khen thưởng. */
    COMMENDATION_FORM
}
