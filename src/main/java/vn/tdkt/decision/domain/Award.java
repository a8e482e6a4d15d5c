package vn.tdkt.decision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.tdkt.base.domain.AbstractEntity;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.catalog.domain.AwardLevel;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.organization.domain.Gender;

/**
 * One recipient of one decision (người/đơn vị được khen) — and one line of the register.
 * Name, position and unit are copied as they were at the time of the decision; the money
 * is stored with the coefficient and base used. The decision's year, number, date and
 * issuer are copied too, so the register filters one table.
 */
@Entity
@Table(name = "dc_award")
public class Award extends AbstractEntity {

    /** Short enough for the column to sit whole in an index (700 × 4 bytes in utf8mb4). */
    public static final int SEARCH_TEXT_LENGTH = 700;
    /** Ends the recipient's name in the search text; the register finds names before the rest. */
    private static final String NAME_END = " | ";
    /** Starts the award's name in the search text. */
    private static final String AWARD_START = " \u00A6 ";

    /** The award type's name, when set in this session; else it is read back from the search text. */
    @jakarta.persistence.Transient
    private String awardName;

    @Column(name = "decision_id", nullable = false)
    private Long decisionId;

    @Column(name = "register_no")
    private Integer registerNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RecipientKind kind;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "recipient_key", nullable = false, length = 200)
    private String recipientKey;

    @Column(name = "recipient_name", nullable = false, length = 500)
    private String recipientName;

    @Column(name = "sort_key", nullable = false, length = 400)
    private String sortKey;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Gender gender;

    @Column(name = "birth_year")
    private Integer birthYear;

    @Column(name = "position_name", length = 255)
    private String positionName;

    @Column(name = "unit_name", length = 500)
    private String unitName;

    @Column(name = "award_type_id", nullable = false)
    private Long awardTypeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "award_level", nullable = false, length = 20)
    private AwardLevel awardLevel;

    @Column(name = "award_precedence", nullable = false)
    private int awardPrecedence;

    @Column(precision = 6, scale = 2)
    private BigDecimal coefficient;

    @Column(name = "base_salary", precision = 14)
    private BigDecimal baseSalary;

    @Column(precision = 14)
    private BigDecimal amount;

    @Column(length = 500)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AwardState state = AwardState.DRAFT;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Column(name = "revoke_reason", length = 1000)
    private String revokeReason;

    @Column(name = "revoke_ground", length = 500)
    private String revokeGround;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    @Column(name = "award_year", nullable = false)
    private int awardYear;

    @Column(name = "year_from", nullable = false)
    private int yearFrom;

    @Column(name = "decision_date", nullable = false)
    private LocalDate decisionDate;

    @Column(name = "doc_number", nullable = false, length = 60)
    private String docNumber;

    @Column(name = "issuer_unit_id", nullable = false)
    private Long issuerUnitId;

    @Column(name = "movement_id")
    private Long movementId;

    @Column(name = "search_text", nullable = false, length = SEARCH_TEXT_LENGTH)
    private String searchText;

    protected Award() {
    }

    @jakarta.persistence.Transient
    private boolean holdSearchText;

    public Award(Long decisionId) {
        this.decisionId = decisionId;
    }

    /** "P12" for a person, "U7" for a unit, "N…" for a name not (yet) in the registry. */
    public static String recipientKey(Long personId, Long unitId, String name, Integer birthYear) {
        if (personId != null) {
            return "P" + personId;
        }
        if (name == null) {
            return "U" + unitId;
        }
        String key = "N" + VietnameseText.fold(name) + "|" + (birthYear == null ? "" : birthYear) + "|"
                + (unitId == null ? "" : unitId);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    /** Copies what the register filters on from the decision; called whenever either changes. */
    public void copyDecision(AwardDecision decision) {
        this.awardYear = decision.getYearTo();
        this.yearFrom = decision.getYearFrom();
        this.decisionDate = decision.getDecisionDate();
        this.docNumber = decision.getDocNumber();
        this.issuerUnitId = decision.getIssuerUnitId();
        this.movementId = decision.getMovementId();
        refreshSearchText();
    }

    /**
     * The register's search column: {@code " <name> | <unit> <number> ¦ <award> "}, each part
     * as {@link VietnameseText#searchKey} words, so that a query is matched as words of the
     * recipient's name first (before the one "|"), then as word beginnings anywhere.
     */
    public static String searchText(String recipientName, String unitName, String docNumber, String awardName) {
        String where = (unitName == null ? "" : unitName) + " " + (docNumber == null ? "" : docNumber);
        String text = " " + VietnameseText.searchKey(recipientName) + NAME_END + VietnameseText.searchKey(where)
                + AWARD_START + VietnameseText.searchKey(awardName) + " ";
        return text.length() > SEARCH_TEXT_LENGTH ? text.substring(0, SEARCH_TEXT_LENGTH) : text;
    }

    /**
     * Recipient, award and decision set at once, the search column computed once instead of
     * after each part (a bulk import builds tens of thousands of rows).
     */
    public void fill(RecipientKind kind, Long personId, Long unitId, String name, Gender gender, Integer birthYear,
            String positionName, String unitName, Long awardTypeId, AwardLevel level, int precedence,
            String awardName, AwardDecision decision) {
        holdSearchText = true;
        try {
            setRecipient(kind, personId, unitId, name, gender, birthYear, positionName, unitName);
            setAward(awardTypeId, level, precedence, awardName);
            copyDecision(decision);
        } finally {
            holdSearchText = false;
        }
        refreshSearchText();
    }

    private void refreshSearchText() {
        if (holdSearchText) {
            return;
        }
        if (awardName == null && searchText != null && searchText.contains(AWARD_START)) {
            awardName = searchText.substring(searchText.indexOf(AWARD_START) + AWARD_START.length()).strip();
        }
        this.searchText = searchText(recipientName, unitName, docNumber, awardName);
    }

    public void setRecipient(RecipientKind kind, Long personId, Long unitId, String name, Gender gender,
            Integer birthYear, String positionName, String unitName) {
        this.kind = kind;
        this.personId = personId;
        this.unitId = unitId;
        this.recipientName = name;
        this.sortKey = kind == RecipientKind.COLLECTIVE ? VietnameseText.textKey(name)
                : VietnameseText.personSortKey(name);
        if (sortKey.length() > 400) {
            sortKey = sortKey.substring(0, 400);
        }
        this.gender = gender;
        this.birthYear = birthYear;
        this.positionName = positionName;
        this.unitName = unitName;
        this.recipientKey = recipientKey(personId, unitId,
                personId == null && kind == RecipientKind.INDIVIDUAL ? name : null, birthYear);
        refreshSearchText();
    }

    public void setAward(Long awardTypeId, AwardLevel level, int precedence, String name) {
        this.awardTypeId = awardTypeId;
        this.awardLevel = level;
        this.awardPrecedence = precedence;
        this.awardName = name;
        refreshSearchText();
    }

    public void setMoney(BigDecimal coefficient, BigDecimal baseSalary, BigDecimal amount) {
        this.coefficient = coefficient;
        this.baseSalary = baseSalary;
        this.amount = amount;
    }

    public void revoke(LocalDate on, String reason, String ground, String by) {
        this.state = AwardState.REVOKED;
        this.revokedOn = on;
        this.revokeReason = reason;
        this.revokeGround = ground;
        this.revokedBy = by;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public Integer getRegisterNo() {
        return registerNo;
    }

    public void setRegisterNo(Integer registerNo) {
        this.registerNo = registerNo;
    }

    public RecipientKind getKind() {
        return kind;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getRecipientKey() {
        return recipientKey;
    }

    public String getSortKey() {
        return sortKey;
    }

    public String getSearchText() {
        return searchText;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public Gender getGender() {
        return gender;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public String getPositionName() {
        return positionName;
    }

    public String getUnitName() {
        return unitName;
    }

    public Long getAwardTypeId() {
        return awardTypeId;
    }

    public AwardLevel getAwardLevel() {
        return awardLevel;
    }

    public int getAwardPrecedence() {
        return awardPrecedence;
    }

    public BigDecimal getCoefficient() {
        return coefficient;
    }

    public BigDecimal getBaseSalary() {
        return baseSalary;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public AwardState getState() {
        return state;
    }

    public void setState(AwardState state) {
        this.state = state;
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

    public int getAwardYear() {
        return awardYear;
    }

    public int getYearFrom() {
        return yearFrom;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public Long getIssuerUnitId() {
        return issuerUnitId;
    }

    public Long getMovementId() {
        return movementId;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
