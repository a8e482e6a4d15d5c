package vn.tdkt.decision.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.decision.domain.AwardState;
import vn.tdkt.decision.domain.DecisionSource;
import vn.tdkt.decision.domain.DecisionStatus;
import vn.tdkt.decision.domain.DocumentNumber;
import vn.tdkt.document.service.FileService.FileRecord;
import vn.tdkt.organization.domain.Gender;

/** What the decision services take and return. */
public final class DecisionRecords {

    /** The name under which decisions are audited, for the trail on the decision page. */
    public static final String AUDITED_DECISION = "AwardDecision";

    private DecisionRecords() {
    }

    /** {@code year} 0 = any; {@code status} null = any. */
    public record DecisionFilter(String text, int year, DecisionStatus status) {
    }

    public record DecisionRow(Long id, String docNumber, boolean numberWellFormed, LocalDate decisionDate,
            String issuer, int yearFrom, int yearTo, DecisionStatus status, long awards) {
    }

    public record DecisionForm(Long id, long version, Long issuerUnitId, String docNumber, LocalDate decisionDate,
            String signerName, String signerTitle, String reason, Integer yearFrom, Integer yearTo,
            Long movementId, Long scanFileId) {
    }

    /** Why a recorded decision is changed, and by which document (optional). */
    public record AmendmentInfo(String reason, String docNumber, LocalDate date) {
    }

    public record Revocation(LocalDate date, String reason, String legalGround) {
    }

    /**
     * An award to a person (position and unit are taken as they were on the decision date
     * unless a position is given as printed) or a collective. A null coefficient means
     * "as the rules in force say".
     */
    public record AwardForm(Long id, long version, RecipientKind kind, Long personId, Long unitId,
            Long awardTypeId, Integer registerNo, BigDecimal coefficient, String positionName, String note) {
    }

    public record AwardRecord(Long id, long version, Integer registerNo, RecipientKind kind, Long personId,
            Long unitId, String name, Gender gender, Integer birthYear, String positionName, String unitName,
            Long awardTypeId, String awardName, BigDecimal coefficient, BigDecimal baseSalary, BigDecimal amount,
            String note, AwardState state, LocalDate revokedOn, String revokeReason, String revokeGround,
            String revokedBy, MoneyNote money) {
    }

    /**
     * What the money of an award (or a decision's total) rests on: an amount; no money because
     * the rules in force set none for that award and recipient ("không có tiền thưởng theo quy
     * định"); or no data (imported without money, or no base salary in force on the date).
     */
    public enum MoneyNote {
        AMOUNT, NONE_BY_RULES, NO_DATA
    }

    /**
     * The base salary in force on the decision date when the decision's money rests on one that
     * cannot be relied on: not yet confirmed, or corrected after the money was computed
     * ({@code usedAmount} differs from {@code amount}).
     */
    public record BaseWarning(LocalDate effectiveFrom, BigDecimal amount, boolean confirmed, BigDecimal usedAmount) {

        public boolean corrected() {
            return usedAmount != null && usedAmount.compareTo(amount) != 0;
        }
    }

    public record AmendmentRecord(LocalDate on, String docNumber, String reason, String changes, String by) {
    }

    public record DecisionDetails(Long id, long version, Long issuerUnitId, String issuer, String docNumber,
            DocumentNumber number, LocalDate decisionDate, String signerName, String signerTitle, String reason,
            int yearFrom, int yearTo, Long movementId, String movementName, FileRecord scan,
            DecisionStatus status, DecisionSource source, LocalDate revokedOn, String revokeReason,
            String revokeGround, List<AwardRecord> awards, List<AmendmentRecord> amendments,
            String revokedBy, BigDecimal totalAmount, MoneyNote totalNote, BaseWarning baseWarning) {

        public boolean draft() {
            return status == DecisionStatus.DRAFT;
        }

        public String years() {
            return yearFrom == yearTo ? String.valueOf(yearTo) : yearFrom + "–" + yearTo;
        }
    }
}
