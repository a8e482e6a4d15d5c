package vn.tdkt.nomination.domain.eligibility;

import java.util.List;
import vn.tdkt.catalog.domain.AwardLevel;
import vn.tdkt.history.domain.Rating;

/** The criteria about one person's own record. */
final class PersonCriteria {

    private PersonCriteria() {
    }

    static Check ratingGood(Case c) {
        Rating r = c.rating(c.year);
        if (r == null) {
            return c.manual(Criterion.RATING_GOOD, "rating.missing", c.year);
        }
        return Case.atLeastGood(r) ? c.passed(Criterion.RATING_GOOD, "rating.passed", r, c.year)
                : c.failed(Criterion.RATING_GOOD, "rating.failed", r, c.year);
    }

    static Check ldttStandard(Case c) {
        if (c.holds("LDTT", c.year)) {
            return c.passed(Criterion.LDTT_STANDARD, "ldtt.held", c.year);
        }
        Rating r = c.rating(c.year);
        if (r == null) {
            return c.manual(Criterion.LDTT_STANDARD, "ldtt.missing", c.year);
        }
        return Case.atLeastGood(r) ? c.passed(Criterion.LDTT_STANDARD, "ldtt.passed", r, c.year)
                : c.failed(Criterion.LDTT_STANDARD, "ldtt.failed", r, c.year);
    }

    static Check meritInitiative(Case c) {
        return initiativeIn(c, c.year) ? c.passed(Criterion.MERIT_INITIATIVE, "merit.initiative", c.year)
                : c.manual(Criterion.MERIT_INITIATIVE, "merit.noInitiative", c.year);
    }

    static Check meritHtxsnvOrInitiative(Case c) {
        if (c.rating(c.year) == Rating.HTXSNV) {
            return c.passed(Criterion.MERIT_HTXSNV_OR_INITIATIVE, "merit.htxsnv", c.year);
        }
        return initiativeIn(c, c.year) ? c.passed(Criterion.MERIT_HTXSNV_OR_INITIATIVE, "merit.initiative", c.year)
                : c.manual(Criterion.MERIT_HTXSNV_OR_INITIATIVE, "merit.noHtxsnvNorInitiative", c.year);
    }

    static Check streakCstdcs(Case c) {
        List<Integer> window = c.window(c.version.streak(3));
        List<Integer> missing = window.stream().filter(y -> !c.holds("CSTDCS", y)).toList();
        if (missing.isEmpty()) {
            return c.passed(Criterion.STREAK_CSTDCS, "streakCstdcs.passed", Case.years(window));
        }
        if (missing.stream().allMatch(y -> c.nominatedFor("CSTDCS", y))) {
            return c.manual(Criterion.STREAK_CSTDCS, "streakCstdcs.pending", window.size(), Case.years(missing));
        }
        return c.failed(Criterion.STREAK_CSTDCS, "streakCstdcs.failed", window.size(), Case.years(missing));
    }

    static Check initiativeProvince(Case c) {
        List<Integer> window = c.window(c.version.streak(1));
        int needed = c.version.initiatives(1);
        long found = c.facts.initiatives().stream()
                .filter(i -> window.contains(i.year()) && i.reach().compareTo(AwardLevel.MINISTRY_PROVINCE) >= 0)
                .count();
        return found >= needed ? c.passed(Criterion.INITIATIVE_PROVINCE, "initiativeProvince.passed", found,
                Case.years(window))
                : c.manual(Criterion.INITIATIVE_PROVINCE, "initiativeProvince.missing", needed, Case.years(window));
    }

    static Check bkIndividual(Case c) {
        List<Integer> window = c.window(c.version.streak(2));
        if (window.stream().allMatch(y -> c.holds("CSTDCS", y))) {
            return c.passed(Criterion.BK_INDIVIDUAL_MERIT, "bkPerson.cstdcs", Case.years(window));
        }
        if (window.stream().allMatch(y -> c.rating(y) == Rating.HTXSNV)) {
            int needed = c.version.initiatives(2);
            long found = c.facts.initiatives().stream().filter(i -> window.contains(i.year())).count();
            return found >= needed
                    ? c.passed(Criterion.BK_INDIVIDUAL_MERIT, "bkPerson.htxsnv", Case.years(window), found)
                    : c.manual(Criterion.BK_INDIVIDUAL_MERIT, "bkPerson.fewInitiatives", Case.years(window), found,
                            needed);
        }
        return c.failed(Criterion.BK_INDIVIDUAL_MERIT, "bkPerson.failed", window.size(), Case.years(window));
    }

    static Check noDiscipline(Case c) {
        return c.facts.disciplines().stream().filter(d -> d.inEffectDuring(c.periodStart(), c.periodEnd()))
                .findFirst()
                .map(d -> c.failed(Criterion.NO_DISCIPLINE, "discipline.failed", c.year))
                .orElseGet(() -> c.passed(Criterion.NO_DISCIPLINE, "discipline.passed", c.year));
    }

    static Check htxsnvQuota(Case c) {
        Facts.QuotaCounts q = c.facts.quota().get(c.year);
        if (c.rating(c.year) != Rating.HTXSNV || c.version.quotaPercent() == null) {
            return c.passed(Criterion.HTXSNV_QUOTA, "quota.notApplicable", c.year);
        }
        if (q == null || q.ratedGoodOrBetter() == 0) {
            return c.manual(Criterion.HTXSNV_QUOTA, "quota.missing", c.year);
        }
        Integer outstanding = c.version.quotaOutstandingPercent();
        int limit = q.outstandingUnit() && outstanding != null ? outstanding : c.version.quotaPercent();
        String share = Case.percent(q.htxsnv(), q.ratedGoodOrBetter());
        return q.htxsnv() * 100 <= limit * q.ratedGoodOrBetter()
                ? c.passed(Criterion.HTXSNV_QUOTA, "quota.passed", c.year, share, limit)
                : c.failed(Criterion.HTXSNV_QUOTA, "quota.failed", c.year, share, limit);
    }

    private static boolean initiativeIn(Case c, int year) {
        return c.facts.initiatives().stream().anyMatch(i -> i.year() == year);
    }
}
