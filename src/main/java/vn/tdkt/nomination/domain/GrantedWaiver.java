package vn.tdkt.nomination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import vn.tdkt.nomination.domain.eligibility.Criterion;

/** The secretary's override of one criterion of a nomination, with reason, who and when. */
@Embeddable
public class GrantedWaiver {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Criterion criterion;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "granted_by", nullable = false, length = 100)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected GrantedWaiver() {
    }

    public GrantedWaiver(Criterion criterion, String reason, String grantedBy, Instant grantedAt) {
        this.criterion = criterion;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public String getReason() {
        return reason;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
