package vn.tdkt.nomination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.tdkt.base.domain.AbstractEntity;

/**
 * A comment or objection (ý kiến, phản ánh) of a member of staff on a published candidate list,
 * about one candidate or the list as a whole; the secretary resolves each one.
 */
@Entity
@Table(name = "nm_objection")
public class Objection extends AbstractEntity {

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "nomination_id")
    private Long nominationId;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(length = 2000)
    private String resolution;

    @Column(name = "resolved_by", length = 100)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected Objection() {
    }

    public Objection(Long roundId, Long nominationId, String body) {
        this.roundId = roundId;
        this.nominationId = nominationId;
        this.body = body;
    }

    public void resolve(String resolution, String by, Instant at) {
        this.resolution = resolution;
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    public boolean isResolved() {
        return resolvedAt != null;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getNominationId() {
        return nominationId;
    }

    public String getBody() {
        return body;
    }

    public String getResolution() {
        return resolution;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
