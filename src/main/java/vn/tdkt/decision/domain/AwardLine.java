package vn.tdkt.decision.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.organization.domain.Gender;

/** What a register line shows, read as a projection: far cheaper than whole entities for long exports. */
public record AwardLine(Long id, Long decisionId, Integer registerNo, RecipientKind kind, Long personId, Long unitId,
        String recipientName, String positionName, String unitName, Gender gender, Long awardTypeId, int yearFrom,
        int awardYear, String docNumber, LocalDate decisionDate, Long issuerUnitId, BigDecimal amount,
        AwardState state, String revokeReason) {
}
