package vn.tdkt.nomination.domain.eligibility;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.base.domain.Shared;

/**
 * One version of an award type's criteria as the engine reads it, built from a row of
 * {@code cat_award_rule} (see {@link #of}). Criterion codes stay strings so that a code the
 * engine does not know (an admin's new version) is shown as "check by hand" rather than lost.
 */
@Shared
public record CriteriaVersion(String awardTypeCode, LocalDate effectiveFrom, String legalBasis,
        List<String> criteria, Integer streakYears, Integer minSharePercent, boolean minShareExclusive,
        Integer initiativeCount, Integer quotaPercent, Integer quotaOutstandingPercent,
        Map<String, String> articles, boolean registrationRequired) {

    public CriteriaVersion {
        criteria = List.copyOf(criteria);
        articles = Map.copyOf(articles);
    }

    /**
     * From the stored form: {@code criteriaSet} comma-separated, {@code criteriaArticles}
     * as {@code CODE=text|CODE=text}.
     */
    public static CriteriaVersion of(String awardTypeCode, boolean registrationRequired, LocalDate effectiveFrom,
            String legalBasis, String criteriaSet, Integer streakYears, Integer minSharePercent,
            boolean minShareExclusive, Integer initiativeCount, Integer quotaPercent,
            Integer quotaOutstandingPercent, String criteriaArticles) {
        List<String> codes = criteriaSet == null || criteriaSet.isBlank() ? List.of()
                : Arrays.stream(criteriaSet.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        Map<String, String> articles = new LinkedHashMap<>();
        if (criteriaArticles != null) {
            for (String part : criteriaArticles.split("\\|")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    articles.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
                }
            }
        }
        return new CriteriaVersion(awardTypeCode, effectiveFrom, legalBasis, codes, streakYears, minSharePercent,
                minShareExclusive, initiativeCount, quotaPercent, quotaOutstandingPercent, articles,
                registrationRequired);
    }

    /** The version in force on a date: the latest that took effect on or before it. */
    public static Optional<CriteriaVersion> inForceOn(List<CriteriaVersion> versions, LocalDate date) {
        return versions.stream().filter(v -> !v.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(CriteriaVersion::effectiveFrom));
    }

    public String article(String code) {
        return articles.getOrDefault(code, legalBasis);
    }

    int streak(int fallback) {
        return streakYears == null ? fallback : streakYears;
    }

    int initiatives(int fallback) {
        return initiativeCount == null ? fallback : initiativeCount;
    }
}
