package vn.tdkt.organization.domain;

import vn.tdkt.base.domain.Shared;

/** Stored because tie-breaks and statistics favour women (DOMAIN.md). */
@Shared
public enum Gender {
    MALE,
    FEMALE
}
