package vn.tdkt.nomination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One step of a nomination: who moved it, when, from which status to which, and why. */
@Entity
@Immutable
@Table(name = "nm_nomination_step")
public class NominationStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nomination_id")
    private Nomination nomination;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 12)
    private NominationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 12)
    private NominationStatus toStatus;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(length = 1000)
    private String comment;

    protected NominationStep() {
    }

    NominationStep(Nomination nomination, NominationStatus from, NominationStatus to, Instant at, String actor,
            String comment) {
        this.nomination = nomination;
        this.fromStatus = from;
        this.toStatus = to;
        this.happenedAt = at;
        this.actor = actor;
        this.comment = comment;
    }

    public NominationStatus getFromStatus() {
        return fromStatus;
    }

    public NominationStatus getToStatus() {
        return toStatus;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getComment() {
        return comment;
    }
}
