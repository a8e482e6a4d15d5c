package vn.tdkt.conduct.domain;

import vn.tdkt.base.domain.Shared;

/** Sáng kiến (an initiative) or đề tài khoa học (a research topic, accepted when recognised). */
@Shared
public enum InitiativeKind {
    SANG_KIEN,
    DE_TAI
}
