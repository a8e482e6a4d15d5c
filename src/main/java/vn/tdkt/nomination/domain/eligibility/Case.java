package vn.tdkt.nomination.domain.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.tdkt.history.domain.Rating;

/** One evaluation under way: the year, the version and the facts, and how its checks are written. */
final class Case {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    final int year;
    final CriteriaVersion version;
    final Facts facts;

    Case(int year, CriteriaVersion version, Facts facts) {
        this.year = year;
        this.version = version;
        this.facts = facts;
    }

    LocalDate periodStart() {
        return LocalDate.of(year, 1, 1);
    }

    LocalDate periodEnd() {
        return LocalDate.of(year, 12, 31);
    }

    Check check(Criterion criterion, CheckStatus status, String key, Object... args) {
        return new Check(criterion, status, criterion.severity(), "eligibility." + key,
                Arrays.stream(args).map(Case::text).toList(), version.article(criterion.name()));
    }

    Check passed(Criterion criterion, String key, Object... args) {
        return check(criterion, CheckStatus.PASSED, key, args);
    }

    Check failed(Criterion criterion, String key, Object... args) {
        return check(criterion, CheckStatus.FAILED, key, args);
    }

    Check manual(Criterion criterion, String key, Object... args) {
        return check(criterion, CheckStatus.MANUAL, key, args);
    }

    private static String text(Object arg) {
        return arg instanceof LocalDate date ? date.format(DAY) : String.valueOf(arg);
    }

    /** The {@code n} years ending with the achievement year, oldest first. */
    List<Integer> window(int n) {
        return IntStream.rangeClosed(year - n + 1, year).boxed().toList();
    }

    boolean holds(String requiredCode, int y) {
        return facts.awards().stream().anyMatch(a -> a.year() == y && TitleLadder.countsAs(a.code(), requiredCode));
    }

    boolean nominatedFor(String requiredCode, int y) {
        return facts.openNominations().stream()
                .anyMatch(a -> a.year() == y && TitleLadder.countsAs(a.code(), requiredCode));
    }

    Rating rating(int y) {
        return facts.ratings().get(y);
    }

    static boolean atLeastGood(Rating r) {
        return r == Rating.HTXSNV || r == Rating.HTTNV;
    }

    static String years(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    static String percent(int part, int whole) {
        return String.format(VI, "%.1f", part * 100.0 / whole);
    }
}
