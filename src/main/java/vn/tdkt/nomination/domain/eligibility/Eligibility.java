package vn.tdkt.nomination.domain.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges one person or collective for one award type and achievement year against the
 * rule version in force at the end of the achievement period. Pure: same input, same
 * checklist.
 */
public final class Eligibility {

    private Eligibility() {
    }

    /** The last day of an achievement year: the day whose rule version judges it. */
    public static LocalDate periodEnd(int achievementYear) {
        return LocalDate.of(achievementYear, 12, 31);
    }

    /**
     * Picks the version in force at the end of the achievement year from all versions of
     * the award type, then evaluates.
     */
    public static Checklist evaluate(int achievementYear, List<CriteriaVersion> versions, Facts facts) {
        CriteriaVersion version = CriteriaVersion.inForceOn(versions, periodEnd(achievementYear))
                .orElseThrow(() -> new IllegalArgumentException("No rule version in force at the end of "
                        + achievementYear));
        return evaluate(achievementYear, version, facts);
    }

    public static Checklist evaluate(int achievementYear, CriteriaVersion version, Facts facts) {
        Case c = new Case(achievementYear, version, facts);
        List<Check> checks = new ArrayList<>();
        if (version.criteria().isEmpty()) {
            checks.add(c.manual(Criterion.UNSTRUCTURED, "unstructured"));
        }
        for (String code : version.criteria()) {
            Optional<Criterion> known = known(code);
            if (known.isEmpty()) {
                checks.add(new Check(Criterion.UNSTRUCTURED, CheckStatus.MANUAL, Severity.MANDATORY,
                        "eligibility.unknownCriterion", List.of(code), version.article(code)));
            } else if (known.get().appliesTo(facts.subject())) {
                judge(known.get(), c).ifPresent(checks::add);
            }
        }
        return new Checklist(version.awardTypeCode(), achievementYear, version.effectiveFrom(),
                version.legalBasis(), checks);
    }

    private static Optional<Criterion> known(String code) {
        try {
            Criterion criterion = Criterion.valueOf(code);
            return criterion == Criterion.UNSTRUCTURED ? Optional.empty() : Optional.of(criterion);
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<Check> judge(Criterion criterion, Case c) {
        return Optional.ofNullable(switch (criterion) {
            case RATING_GOOD -> PersonCriteria.ratingGood(c);
            case LDTT_STANDARD -> PersonCriteria.ldttStandard(c);
            case MERIT_INITIATIVE -> PersonCriteria.meritInitiative(c);
            case MERIT_HTXSNV_OR_INITIATIVE -> PersonCriteria.meritHtxsnvOrInitiative(c);
            case STREAK_CSTDCS -> PersonCriteria.streakCstdcs(c);
            case INITIATIVE_PROVINCE -> PersonCriteria.initiativeProvince(c);
            case BK_INDIVIDUAL_MERIT -> PersonCriteria.bkIndividual(c);
            case NO_DISCIPLINE -> PersonCriteria.noDiscipline(c);
            case HTXSNV_QUOTA -> PersonCriteria.htxsnvQuota(c);
            case BK_COLLECTIVE_MERIT -> CollectiveCriteria.bkCollective(c);
            case UNIT_RATING_GOOD -> CollectiveCriteria.unitRatingGood(c);
            case UNIT_RATING_EXCELLENT -> CollectiveCriteria.unitRatingExcellent(c);
            case MEMBER_SHARE_LDTT -> CollectiveCriteria.memberShare(c);
            case ALL_MEMBERS_COMPLETE -> CollectiveCriteria.allComplete(c);
            case HAS_CSTDCS_MEMBER -> CollectiveCriteria.hasCstdcs(c);
            case NO_DISCIPLINED_MEMBER -> CollectiveCriteria.noDisciplinedMember(c);
            case BLOC_LEADER -> CollectiveCriteria.blocLeader(c);
            case NO_PENDING_HOLD -> noPendingHold(c);
            case REGISTRATION -> c.version.registrationRequired() ? registration(c) : null;
            case NOT_ALREADY_REWARDED -> notAlreadyRewarded(c);
            case UNSTRUCTURED -> c.manual(Criterion.UNSTRUCTURED, "unstructured");
        });
    }

    private static Check noPendingHold(Case c) {
        return c.facts.holds().stream().filter(h -> h.openOn(c.facts.asOf())).findFirst()
                .map(h -> c.failed(Criterion.NO_PENDING_HOLD, "hold." + h.kind(), h.opened()))
                .orElseGet(() -> c.passed(Criterion.NO_PENDING_HOLD, "hold.none"));
    }

    private static Check registration(Case c) {
        String code = c.version.awardTypeCode();
        boolean registered = c.facts.registrations().stream()
                .anyMatch(r -> r.year() == c.year && TitleLadder.countsAs(r.code(), code));
        return registered ? c.passed(Criterion.REGISTRATION, "registered.passed", c.year)
                : c.failed(Criterion.REGISTRATION, "registered.failed", c.year);
    }

    private static Check notAlreadyRewarded(Case c) {
        String code = c.version.awardTypeCode();
        if (c.facts.awards().stream().anyMatch(a -> a.year() == c.year && a.code().equals(code))) {
            return c.failed(Criterion.NOT_ALREADY_REWARDED, "duplicate.awarded", c.year);
        }
        if (c.facts.openNominations().stream().anyMatch(a -> a.year() == c.year && a.code().equals(code))) {
            return c.failed(Criterion.NOT_ALREADY_REWARDED, "duplicate.nominated", c.year);
        }
        return c.passed(Criterion.NOT_ALREADY_REWARDED, "duplicate.none", c.year);
    }
}
