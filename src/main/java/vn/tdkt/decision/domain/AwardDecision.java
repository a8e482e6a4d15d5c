package vn.tdkt.decision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.tdkt.base.domain.AbstractEntity;

/** Quyết định khen thưởng of any body, with its printed number, dates and revocation. */
@Entity
@Table(name = "dc_decision")
public class AwardDecision extends AbstractEntity {

    @Column(name = "issuer_unit_id", nullable = false)
    private Long issuerUnitId;

    @Column(name = "doc_number", nullable = false, length = 60)
    private String docNumber;

    @Column(name = "number_key", nullable = false, length = 60)
    private String numberKey;

    @Column(name = "number_seq")
    private Integer numberSeq;

    @Column(name = "number_type", length = 20)
    private String numberType;

    @Column(name = "number_body", length = 40)
    private String numberBody;

    @Column(name = "number_wellformed", nullable = false)
    private boolean numberWellFormed;

    /** {@link DocumentNumber#identity()}: which number it is however it was typed. */
    @Column(name = "number_ident", length = 80)
    private String numberIdent;

    /** The numbering period the number belongs to ("T2020-10-15": a term from that day; "Y2026": a year). */
    @Column(name = "number_period", length = 24)
    private String numberPeriod;

    @Column(name = "decision_date", nullable = false)
    private LocalDate decisionDate;

    @Column(name = "signer_name", length = 150)
    private String signerName;

    @Column(name = "signer_title", length = 255)
    private String signerTitle;

    @Column(length = 2000)
    private String reason;

    @Column(name = "year_from", nullable = false)
    private int yearFrom;

    @Column(name = "year_to", nullable = false)
    private int yearTo;

    @Column(name = "movement_id")
    private Long movementId;

    @Column(name = "scan_file_id")
    private Long scanFileId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DecisionStatus status = DecisionStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DecisionSource source = DecisionSource.MANUAL;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Column(name = "revoke_reason", length = 1000)
    private String revokeReason;

    @Column(name = "revoke_ground", length = 500)
    private String revokeGround;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    protected AwardDecision() {
    }

    public AwardDecision(DecisionSource source) {
        this.source = source;
    }

    public void setNumber(DocumentNumber number) {
        this.docNumber = number.printed();
        this.numberKey = number.key();
        this.numberSeq = number.seq();
        this.numberType = number.type();
        this.numberBody = number.body();
        this.numberWellFormed = number.wellFormed();
        this.numberIdent = number.identity();
    }

    public String getNumberIdent() {
        return numberIdent;
    }

    public String getNumberPeriod() {
        return numberPeriod;
    }

    public void setNumberPeriod(String numberPeriod) {
        this.numberPeriod = numberPeriod;
    }

    public void revoke(LocalDate on, String reason, String ground, String by) {
        this.status = DecisionStatus.REVOKED;
        this.revokedOn = on;
        this.revokeReason = reason;
        this.revokeGround = ground;
        this.revokedBy = by;
    }

    public Long getIssuerUnitId() {
        return issuerUnitId;
    }

    public void setIssuerUnitId(Long issuerUnitId) {
        this.issuerUnitId = issuerUnitId;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public String getNumberKey() {
        return numberKey;
    }

    public Integer getNumberSeq() {
        return numberSeq;
    }

    public String getNumberType() {
        return numberType;
    }

    public String getNumberBody() {
        return numberBody;
    }

    public boolean isNumberWellFormed() {
        return numberWellFormed;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public void setSignerTitle(String signerTitle) {
        this.signerTitle = signerTitle;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public int getYearFrom() {
        return yearFrom;
    }

    public int getYearTo() {
        return yearTo;
    }

    public void setYears(int yearFrom, int yearTo) {
        this.yearFrom = yearFrom;
        this.yearTo = yearTo;
    }

    public Long getMovementId() {
        return movementId;
    }

    public void setMovementId(Long movementId) {
        this.movementId = movementId;
    }

    public Long getScanFileId() {
        return scanFileId;
    }

    public void setScanFileId(Long scanFileId) {
        this.scanFileId = scanFileId;
    }

    public DecisionStatus getStatus() {
        return status;
    }

    public void setStatus(DecisionStatus status) {
        this.status = status;
    }

    public DecisionSource getSource() {
        return source;
    }

    public LocalDate getRevokedOn() {
        return revokedOn;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public String getRevokeGround() {
        return revokeGround;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
