package vn.tdkt.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.tdkt.base.domain.AbstractEntity;

/**
 * One person's seat in the council from a date to a date (open-ended while in force), by the
 * decision that established or changed the council's composition.
 */
@Entity
@Table(name = "cn_member")
public class CouncilMember extends AbstractEntity {

    @Column(name = "council_id", nullable = false)
    private Long councilId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, length = 20)
    private CouncilRole role;

    @Column(name = "decision_no", nullable = false, length = 100)
    private String decisionNo;

    @Column(name = "decision_date", nullable = false)
    private LocalDate decisionDate;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected CouncilMember() {
    }

    public CouncilMember(Long councilId) {
        this.councilId = councilId;
    }

    /** In force on {@code date}: from its first day up to and including its last. */
    public boolean inForceOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    public Long getCouncilId() {
        return councilId;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public CouncilRole getRole() {
        return role;
    }

    public void setRole(CouncilRole role) {
        this.role = role;
    }

    public String getDecisionNo() {
        return decisionNo;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecision(String number, LocalDate date) {
        this.decisionNo = number;
        this.decisionDate = date;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidity(LocalDate from, LocalDate to) {
        this.validFrom = from;
        this.validTo = to;
    }
}
