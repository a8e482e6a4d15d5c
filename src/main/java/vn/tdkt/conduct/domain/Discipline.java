package vn.tdkt.conduct.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.tdkt.base.domain.AbstractEntity;

/** One disciplinary decision against a person, with the time it is in effect. */
@Entity
@Table(name = "cd_discipline")
public class Discipline extends AbstractEntity {

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "discipline_form", nullable = false, length = 20)
    private DisciplineForm form;

    @Column(name = "decision_number", nullable = false, length = 60)
    private String decisionNumber;

    @Column(name = "decision_date", nullable = false)
    private LocalDate decisionDate;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    /** The last day in effect; null when the decision names no end (e.g. khai trừ). */
    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(length = 1000)
    private String reason;

    protected Discipline() {
    }

    public Discipline(Long personId) {
        this.personId = personId;
    }

    public Long getPersonId() {
        return personId;
    }

    public DisciplineForm getForm() {
        return form;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public String getReason() {
        return reason;
    }

    public void set(DisciplineForm form, String decisionNumber, LocalDate decisionDate, LocalDate effectiveFrom,
            LocalDate effectiveTo, String reason) {
        this.form = form;
        this.decisionNumber = decisionNumber;
        this.decisionDate = decisionDate;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
        this.reason = reason;
    }
}
