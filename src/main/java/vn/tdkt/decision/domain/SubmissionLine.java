package vn.tdkt.decision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.tdkt.catalog.domain.RecipientKind;

/** One person or collective a submission proposes, as they were on its date. */
@Embeddable
public class SubmissionLine {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RecipientKind kind;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "recipient_name", nullable = false, length = 500)
    private String recipientName;

    @Column(name = "position_name", length = 255)
    private String positionName;

    @Column(name = "unit_name", length = 500)
    private String unitName;

    @Column(name = "award_type_id", nullable = false)
    private Long awardTypeId;

    @Column(name = "award_name", nullable = false, length = 255)
    private String awardName;

    @Column(name = "nomination_id")
    private Long nominationId;

    protected SubmissionLine() {
    }

    public SubmissionLine(RecipientKind kind, Long personId, Long unitId, String recipientName, String positionName,
            String unitName, Long awardTypeId, String awardName, Long nominationId) {
        this.kind = kind;
        this.personId = personId;
        this.unitId = unitId;
        this.recipientName = recipientName;
        this.positionName = positionName;
        this.unitName = unitName;
        this.awardTypeId = awardTypeId;
        this.awardName = awardName;
        this.nominationId = nominationId;
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

    public String getRecipientName() {
        return recipientName;
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

    public String getAwardName() {
        return awardName;
    }

    public Long getNominationId() {
        return nominationId;
    }
}
