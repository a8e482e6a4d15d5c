package vn.tdkt.movement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import vn.tdkt.base.domain.AbstractEntity;

/** One member unit's self-assessed and bloc-reviewed score for one criterion. */
@Entity
@Table(name = "mv_bloc_score")
public class BlocScore extends AbstractEntity {

    @Column(name = "scoring_id", nullable = false)
    private Long scoringId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "criterion_id", nullable = false)
    private Long criterionId;

    @Column(name = "self_score", precision = 6, scale = 2)
    private BigDecimal selfScore;

    @Column(name = "review_score", precision = 6, scale = 2)
    private BigDecimal reviewScore;

    @Column(length = 1000)
    private String evidence;

    protected BlocScore() {
    }

    public BlocScore(Long scoringId, Long unitId, Long criterionId) {
        this.scoringId = scoringId;
        this.unitId = unitId;
        this.criterionId = criterionId;
    }

    public Long getScoringId() {
        return scoringId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getCriterionId() {
        return criterionId;
    }

    public BigDecimal getSelfScore() {
        return selfScore;
    }

    public BigDecimal getReviewScore() {
        return reviewScore;
    }

    public String getEvidence() {
        return evidence;
    }

    public void set(BigDecimal self, BigDecimal review, String evidenceText) {
        this.selfScore = self;
        this.reviewScore = review;
        this.evidence = evidenceText;
    }
}
