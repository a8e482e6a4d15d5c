package vn.tdkt.nomination.domain.eligibility;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tdkt.base.domain.Shared;

/**
 * The ordered checks of one subject for one award type and achievement year, with the rule
 * version that judged it (the one in force at the end of the achievement period).
 */
@Shared
public record Checklist(String awardTypeCode, int achievementYear, LocalDate versionEffectiveFrom,
        String legalBasis, List<Check> checks) {

    public Checklist {
        checks = List.copyOf(checks);
    }

    public Verdict verdict() {
        return verdict(List.of());
    }

    /** The verdict once the secretary's waivers are taken into account. */
    public Verdict verdict(Collection<Waiver> waivers) {
        Set<Criterion> overridden = waivers.stream().map(Waiver::criterion).collect(Collectors.toSet());
        List<Check> open = checks.stream().filter(c -> !overridden.contains(c.criterion())).toList();
        if (open.stream().anyMatch(Check::blocks)) {
            return Verdict.BLOCKED;
        }
        return open.stream().anyMatch(Check::needsConfirmation) ? Verdict.NEEDS_CONFIRMATION : Verdict.ELIGIBLE;
    }

    /** Whether the nomination may be submitted: nothing mandatory failed unless overridden. */
    public boolean submittable(Collection<Waiver> waivers) {
        return verdict(waivers) != Verdict.BLOCKED;
    }

    public List<Check> warnings() {
        return checks.stream().filter(Check::warns).toList();
    }

    public Check check(Criterion criterion) {
        return checks.stream().filter(c -> c.criterion() == criterion).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not checked: " + criterion));
    }
}
