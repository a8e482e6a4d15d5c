package vn.tdkt.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.tdkt.base.domain.AbstractEntity;

/** Where a person worked, and as what, during a period; {@code toDate} null = still there. */
@Entity
@Table(name = "org_person_assignment")
public class PersonAssignment extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "position_id")
    private Position position;

    @Column(name = "from_date")
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    protected PersonAssignment() {
    }

    PersonAssignment(Person person, Unit unit, Position position, LocalDate fromDate) {
        this.person = person;
        this.unit = unit;
        this.position = position;
        this.fromDate = fromDate;
    }

    boolean covers(LocalDate date) {
        return (fromDate == null || !date.isBefore(fromDate)) && (toDate == null || !date.isAfter(toDate));
    }

    void close(LocalDate date) {
        toDate = date;
    }

    void reopen() {
        toDate = null;
    }

    void correct(Unit newUnit, Position newPosition) {
        unit = newUnit;
        position = newPosition;
    }

    public Person getPerson() {
        return person;
    }

    public Unit getUnit() {
        return unit;
    }

    public Position getPosition() {
        return position;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }
}
