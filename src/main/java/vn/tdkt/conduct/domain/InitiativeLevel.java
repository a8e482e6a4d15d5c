package vn.tdkt.conduct.domain;

import vn.tdkt.base.domain.Shared;

/** Where an initiative was recognised, i.e. how far its influence reaches; lowest first. */
@Shared
public enum InitiativeLevel {
    /** Cơ sở: the unit. */
    CO_SO,
    /** Cấp bộ, ban, ngành, tỉnh. */
    BO_TINH,
    /** Toàn quốc. */
    TOAN_QUOC;

    public boolean atLeast(InitiativeLevel other) {
        return compareTo(other) >= 0;
    }
}
