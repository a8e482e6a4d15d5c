package vn.tdkt.movement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.tdkt.base.domain.AbstractEntity;

/** When units may register for a movement's emulation year: open, and not past the deadline. */
@Entity
@Table(name = "mv_registration_window")
public class RegistrationWindow extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "movement_id", nullable = false)
    private Movement movement;

    @Column(name = "emulation_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "is_open", nullable = false)
    private boolean open;

    protected RegistrationWindow() {
    }

    public RegistrationWindow(Movement movement, int year) {
        this.movement = movement;
        this.year = year;
    }

    public boolean acceptsOn(LocalDate today) {
        return open && !today.isAfter(deadline);
    }

    public Movement getMovement() {
        return movement;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }
}
