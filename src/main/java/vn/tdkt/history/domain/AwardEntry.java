package vn.tdkt.history.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import vn.tdkt.catalog.domain.AwardLevel;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.decision.domain.AwardState;
import vn.tdkt.organization.domain.Gender;

/**
 * One award as the register reads it (the columns its searches filter and sort on, and what a
 * timeline shows): a read-only mapping of the awards the decision
 * feature writes ({@code dc_award}). The register never changes an award; having its own
 * mapping keeps "who received what" independent of how a decision is recorded, and the
 * columns it filters on are the denormalised copies the decision feature keeps for it.
 */
@Entity
@Immutable
@Table(name = "dc_award")
public class AwardEntry {

    @Id
    private Long id;

    @Column(name = "decision_id")
    private Long decisionId;

    @Column(name = "register_no")
    private Integer registerNo;

    @Enumerated(EnumType.STRING)
    private RecipientKind kind;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "recipient_name")
    private String recipientName;

    @Column(name = "sort_key")
    private String sortKey;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Column(name = "position_name")
    private String positionName;

    @Column(name = "unit_name")
    private String unitName;

    @Column(name = "award_type_id")
    private Long awardTypeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "award_level")
    private AwardLevel awardLevel;

    @Column(name = "award_precedence")
    private int awardPrecedence;

    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    private AwardState state;

    @Column(name = "revoke_reason")
    private String revokeReason;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Column(name = "revoke_ground")
    private String revokeGround;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "award_year")
    private int awardYear;

    @Column(name = "year_from")
    private int yearFrom;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(name = "doc_number")
    private String docNumber;

    @Column(name = "issuer_unit_id")
    private Long issuerUnitId;

    @Column(name = "movement_id")
    private Long movementId;

    @Column(name = "search_text")
    private String searchText;

    protected AwardEntry() {
    }

    public Long getId() {
        return id;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public Integer getRegisterNo() {
        return registerNo;
    }

    public Long getPersonId() {
        return personId;
    }

    /** The collective's unit; for a person the unit they belonged to. */
    public Long getUnitId() {
        return unitId;
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

    public AwardState getState() {
        return state;
    }

    public String getRevokeReason() {
        return revokeReason;
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

    public String getRecipientName() {
        return recipientName;
    }

    public LocalDate getRevokedOn() {
        return revokedOn;
    }

    public String getRevokeGround() {
        return revokeGround;
    }

    public String getRevokedBy() {
        return revokedBy;
    }
}
