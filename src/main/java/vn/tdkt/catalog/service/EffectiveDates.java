package vn.tdkt.catalog.service;

import java.time.LocalDate;
import vn.tdkt.base.service.BusinessException;

/** Versions already in force are history: decisions were computed with them. */
final class EffectiveDates {

    private EffectiveDates() {
    }

    static void assertNotInForce(LocalDate effectiveFrom, LocalDate today) {
        if (!effectiveFrom.isAfter(today)) {
            throw BusinessException.onField("effectiveFrom", "error.version.inForce", effectiveFrom);
        }
    }
}
