package vn.tdkt.nomination.domain.eligibility;

import vn.tdkt.base.domain.Shared;
import vn.tdkt.catalog.domain.RecipientKind;

/**
 * The criteria the engine knows. A rule version lists the ones that apply, in order, in
 * {@code cat_award_rule.criteria_set}; a criterion for the other kind of recipient (e.g. the
 * collective branch of a Bằng khen for a person) is skipped.
 */
@Shared
public enum Criterion {
    /** LĐTT: rated at least "hoàn thành tốt nhiệm vụ". */
    RATING_GOOD(RecipientKind.INDIVIDUAL, Severity.MANDATORY),
    /** CSTĐCS: holds or meets the LĐTT standard in the year. */
    LDTT_STANDARD(RecipientKind.INDIVIDUAL, Severity.MANDATORY),
    /** CSTĐCS (Decree 91/2017): a recognised initiative or accepted research. */
    MERIT_INITIATIVE(RecipientKind.INDIVIDUAL, Severity.MANDATORY),
    /** CSTĐCS (Law 2022): HTXSNV, or a recognised initiative, or accepted research. */
    MERIT_HTXSNV_OR_INITIATIVE(RecipientKind.INDIVIDUAL, Severity.MANDATORY),
    /** CSTĐ cấp bộ/tỉnh: N consecutive CSTĐCS ending in the achievement year. */
    STREAK_CSTDCS(RecipientKind.INDIVIDUAL, Severity.MANDATORY),
    /** CSTĐ cấp bộ/tỉnh: an initiative or research with influence at ministry/province level. */
    INITIATIVE_PROVINCE(RecipientKind.INDIVIDUAL, Severity.MANDATORY),
    /** Bằng khen (person): N consecutive CSTĐCS, or N consecutive HTXSNV years with K initiatives. */
    BK_INDIVIDUAL_MERIT(RecipientKind.INDIVIDUAL, Severity.MANDATORY),
    /** Bằng khen (collective): N consecutive years HTXSNV or TTLĐXS. */
    BK_COLLECTIVE_MERIT(RecipientKind.COLLECTIVE, Severity.MANDATORY),
    /** TTLĐTT: the unit completed its tasks well. */
    UNIT_RATING_GOOD(RecipientKind.COLLECTIVE, Severity.MANDATORY),
    /** TTLĐXS: the unit completed its tasks excellently. */
    UNIT_RATING_EXCELLENT(RecipientKind.COLLECTIVE, Severity.MANDATORY),
    /** TTLĐTT/TTLĐXS: the share of members with LĐTT. */
    MEMBER_SHARE_LDTT(RecipientKind.COLLECTIVE, Severity.MANDATORY),
    /** TTLĐXS: every member completed their tasks. */
    ALL_MEMBERS_COMPLETE(RecipientKind.COLLECTIVE, Severity.MANDATORY),
    /** TTLĐXS: at least one member is CSTĐCS. */
    HAS_CSTDCS_MEMBER(RecipientKind.COLLECTIVE, Severity.MANDATORY),
    /** Nobody in the collective disciplined with "cảnh cáo" or above in the year. */
    NO_DISCIPLINED_MEMBER(RecipientKind.COLLECTIVE, Severity.MANDATORY),
    /** Cờ thi đua: leads its khối/cụm in the year (from bloc scoring). */
    BLOC_LEADER(RecipientKind.COLLECTIVE, Severity.MANDATORY),
    /** The person is under no discipline in effect during the achievement year. */
    NO_DISCIPLINE(RecipientKind.INDIVIDUAL, Severity.MANDATORY),
    /** No discipline procedure, inspection, complaint or investigation is open. */
    NO_PENDING_HOLD(RecipientKind.BOTH, Severity.MANDATORY),
    /** Registered for the title (or a higher one) for the year, where the award type requires it. */
    REGISTRATION(RecipientKind.BOTH, Severity.MANDATORY),
    /** One achievement is rewarded once: no award or other open nomination for the same period. */
    NOT_ALREADY_REWARDED(RecipientKind.BOTH, Severity.WARNING),
    /** The unit's HTXSNV share stays within the quota. */
    HTXSNV_QUOTA(RecipientKind.INDIVIDUAL, Severity.WARNING),
    /** The rule version has no structured criteria (or names one the engine does not know). */
    UNSTRUCTURED(RecipientKind.BOTH, Severity.MANDATORY);

    private final RecipientKind appliesTo;
    private final Severity severity;

    Criterion(RecipientKind appliesTo, Severity severity) {
        this.appliesTo = appliesTo;
        this.severity = severity;
    }

    public boolean appliesTo(RecipientKind subject) {
        return appliesTo.allows(subject);
    }

    public Severity severity() {
        return severity;
    }
}
