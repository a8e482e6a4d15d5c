package vn.tdkt.nomination.domain.eligibility;

import java.util.List;
import vn.tdkt.base.domain.Shared;

/**
 * One line of the checklist: the criterion, its outcome, whether it blocks or warns, the
 * reason as a message key with its arguments (already formatted: years, shares) and the
 * article of the rule version it rests on.
 */
@Shared
public record Check(Criterion criterion, CheckStatus status, Severity severity, String messageKey,
        List<String> args, String article) {

    public Check {
        args = List.copyOf(args);
    }

    public boolean blocks() {
        return severity == Severity.MANDATORY && status == CheckStatus.FAILED;
    }

    public boolean needsConfirmation() {
        return severity == Severity.MANDATORY && status == CheckStatus.MANUAL;
    }

    public boolean warns() {
        return severity == Severity.WARNING && status != CheckStatus.PASSED;
    }
}
