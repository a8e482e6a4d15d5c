package vn.tdkt.movement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.tdkt.base.domain.AbstractEntity;

/** One step of a movement's lifecycle: when, by whom (created_by), with which report. */
@Entity
@Table(name = "mv_transition")
public class Transition extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "movement_id", nullable = false)
    private Movement movement;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 20)
    private MovementStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private MovementStatus toStatus;

    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn;

    @Column(length = 1000)
    private String note;

    @Column(name = "report_file_id")
    private Long reportFileId;

    protected Transition() {
    }

    Transition(Movement movement, MovementStatus from, MovementStatus to, LocalDate on, String note, Long fileId) {
        this.movement = movement;
        this.fromStatus = from;
        this.toStatus = to;
        this.happenedOn = on;
        this.note = note;
        this.reportFileId = fileId;
    }

    public MovementStatus getFromStatus() {
        return fromStatus;
    }

    public MovementStatus getToStatus() {
        return toStatus;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public String getNote() {
        return note;
    }

    public Long getReportFileId() {
        return reportFileId;
    }
}
