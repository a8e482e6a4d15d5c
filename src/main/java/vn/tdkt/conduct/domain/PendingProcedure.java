package vn.tdkt.conduct.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.tdkt.base.domain.AbstractEntity;

/** A procedure against a person (inspection, investigation …); open while {@code closedOn} is null. */
@Entity
@Table(name = "cd_procedure")
public class PendingProcedure extends AbstractEntity {

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProcedureKind kind;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(length = 1000)
    private String note;

    protected PendingProcedure() {
    }

    public PendingProcedure(Long personId) {
        this.personId = personId;
    }

    public Long getPersonId() {
        return personId;
    }

    public ProcedureKind getKind() {
        return kind;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getNote() {
        return note;
    }

    public void set(ProcedureKind kind, LocalDate openedOn, LocalDate closedOn, String note) {
        this.kind = kind;
        this.openedOn = openedOn;
        this.closedOn = closedOn;
        this.note = note;
    }
}
