package vn.tdkt.organization.domain;

/** Stored because tie-breaks and statistics favour women (DOMAIN.md). */
public enum Gender {
    MALE,
    FEMALE
}
