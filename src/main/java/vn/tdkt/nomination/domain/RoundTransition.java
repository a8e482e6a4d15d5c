package vn.tdkt.nomination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.tdkt.base.domain.AbstractEntity;

/** One step of a round's lifecycle: when, by whom (created_by), with the secretary's note. */
@Entity
@Table(name = "nm_round_transition")
public class RoundTransition extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false)
    private AwardRound round;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 20)
    private RoundStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private RoundStatus toStatus;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Column(length = 1000)
    private String note;

    protected RoundTransition() {
    }

    RoundTransition(AwardRound round, RoundStatus from, RoundStatus to, Instant at, String note) {
        this.round = round;
        this.fromStatus = from;
        this.toStatus = to;
        this.happenedAt = at;
        this.note = note;
    }

    public RoundStatus getFromStatus() {
        return fromStatus;
    }

    public RoundStatus getToStatus() {
        return toStatus;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public String getNote() {
        return note;
    }
}
