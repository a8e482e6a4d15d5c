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

    /** Comma-separated criterion codes the eligibility engine checks, in order; null: judged by hand. */
    @Column(name = "criteria_set", length = 500)
    private String criteriaSet;

    @Column(name = "streak_years")
    private Integer streakYears;

    @Column(name = "min_share_percent")
    private Integer minSharePercent;

    /** True where the text says "more than" the share ("trên 50%"), false for "at least". */
    @Column(name = "min_share_exclusive", nullable = false)
    private boolean minShareExclusive;

    @Column(name = "initiative_count")
    private Integer initiativeCount;

    @Column(name = "quota_percent")
    private Integer quotaPercent;

    @Column(name = "quota_outstanding_percent")
    private Integer quotaOutstandingPercent;

    /** CODE=article text, separated by "|": the provision each criterion rests on. */
    @Column(name = "criteria_articles", length = 4000)
    private String criteriaArticles;

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

    public String getCriteriaSet() {
        return criteriaSet;
    }

    public void setCriteriaSet(String criteriaSet) {
        this.criteriaSet = criteriaSet;
    }

    public Integer getStreakYears() {
        return streakYears;
    }

    public void setStreakYears(Integer streakYears) {
        this.streakYears = streakYears;
    }

    public Integer getMinSharePercent() {
        return minSharePercent;
    }

    public void setMinSharePercent(Integer minSharePercent) {
        this.minSharePercent = minSharePercent;
    }

    public boolean isMinShareExclusive() {
        return minShareExclusive;
    }

    public void setMinShareExclusive(boolean minShareExclusive) {
        this.minShareExclusive = minShareExclusive;
    }

    public Integer getInitiativeCount() {
        return initiativeCount;
    }

    public void setInitiativeCount(Integer initiativeCount) {
        this.initiativeCount = initiativeCount;
    }

    public Integer getQuotaPercent() {
        return quotaPercent;
    }

    public void setQuotaPercent(Integer quotaPercent) {
        this.quotaPercent = quotaPercent;
    }

    public Integer getQuotaOutstandingPercent() {
        return quotaOutstandingPercent;
    }

    public void setQuotaOutstandingPercent(Integer quotaOutstandingPercent) {
        this.quotaOutstandingPercent = quotaOutstandingPercent;
    }

    public String getCriteriaArticles() {
        return criteriaArticles;
    }

    public void setCriteriaArticles(String criteriaArticles) {
        this.criteriaArticles = criteriaArticles;
    }
}
