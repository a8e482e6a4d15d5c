package vn.tdkt.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.tdkt.base.domain.AbstractEntity;

/**
 * The legal figures of an award type from a date on: council vote threshold, money
 * coefficients (× lương cơ sở) and the prerequisites. A change of law is a new version;
 * a version already in force is never edited, because decisions were computed with it.
 */
@Entity
@Table(name = "cat_award_rule")
public class AwardRule extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "award_type_id", nullable = false)
    private AwardType awardType;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "vote_rule", nullable = false, length = 20)
    private VoteRule voteRule;

    @Column(name = "vote_share_percent")
    private Integer voteSharePercent;

    @Column(name = "coef_individual", precision = 6, scale = 2)
    private BigDecimal coefIndividual;

    @Column(name = "coef_collective", precision = 6, scale = 2)
    private BigDecimal coefCollective;

    @Column(length = 2000)
    private String prerequisites;

    @Column(name = "legal_basis", length = 500)
    private String legalBasis;

    protected AwardRule() {
    }

    public AwardRule(AwardType awardType, LocalDate effectiveFrom) {
        this.awardType = awardType;
        this.effectiveFrom = effectiveFrom;
    }

    public boolean isInForceOrPastOn(LocalDate today) {
        return !effectiveFrom.isAfter(today);
    }

    public AwardType getAwardType() {
        return awardType;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public VoteRule getVoteRule() {
        return voteRule;
    }

    public void setVoteRule(VoteRule voteRule) {
        this.voteRule = voteRule;
    }

    public Integer getVoteSharePercent() {
        return voteSharePercent;
    }

    public void setVoteSharePercent(Integer voteSharePercent) {
        this.voteSharePercent = voteSharePercent;
    }

    public BigDecimal getCoefIndividual() {
        return coefIndividual;
    }

    public void setCoefIndividual(BigDecimal coefIndividual) {
        this.coefIndividual = coefIndividual;
    }

    public BigDecimal getCoefCollective() {
        return coefCollective;
    }

    public void setCoefCollective(BigDecimal coefCollective) {
        this.coefCollective = coefCollective;
    }

    public String getPrerequisites() {
        return prerequisites;
    }

    public void setPrerequisites(String prerequisites) {
        this.prerequisites = prerequisites;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }
}
