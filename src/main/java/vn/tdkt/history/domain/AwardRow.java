package vn.tdkt.history.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.tdkt.base.domain.Shared;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.decision.domain.AwardState;
import vn.tdkt.organization.domain.Gender;

/**
 * One line of the register as a search returns it: read as a projection (far cheaper than
 * whole entities for long exports), then named — award and issuer names are resolved once
 * per page by the service ({@link #named}).
 */
@Shared
public record AwardRow(Long id, Long decisionId, Integer registerNo, RecipientKind kind, Long personId, Long unitId,
        String recipientName, String positionName, String unitName, Gender gender, Long awardTypeId,
        String awardName, int yearFrom, int awardYear, String docNumber, LocalDate decisionDate, Long issuerUnitId,
        String issuer, BigDecimal amount, AwardState state, String revokeReason) {

    /** The projection's constructor: everything but the names. */
    public AwardRow(Long id, Long decisionId, Integer registerNo, RecipientKind kind, Long personId, Long unitId,
            String recipientName, String positionName, String unitName, Gender gender, Long awardTypeId,
            int yearFrom, int awardYear, String docNumber, LocalDate decisionDate, Long issuerUnitId,
            BigDecimal amount, AwardState state, String revokeReason) {
        this(id, decisionId, registerNo, kind, personId, unitId, recipientName, positionName, unitName, gender,
                awardTypeId, null, yearFrom, awardYear, docNumber, decisionDate, issuerUnitId, null, amount, state,
                revokeReason);
    }

    public AwardRow named(String award, String issuerName) {
        return new AwardRow(id, decisionId, registerNo, kind, personId, unitId, recipientName, positionName,
                unitName, gender, awardTypeId, award, yearFrom, awardYear, docNumber, decisionDate, issuerUnitId,
                issuerName, amount, state, revokeReason);
    }

    /** The row with the recipient's gender left out, for a reader who may not see it. */
    public AwardRow withoutGender() {
        return gender == null ? this : new AwardRow(id, decisionId, registerNo, kind, personId, unitId,
                recipientName, positionName, unitName, null, awardTypeId, awardName, yearFrom, awardYear, docNumber,
                decisionDate, issuerUnitId, issuer, amount, state, revokeReason);
    }

    public String years() {
        return yearFrom == awardYear ? String.valueOf(awardYear) : yearFrom + "–" + awardYear;
    }
}
