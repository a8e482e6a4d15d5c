package vn.tdkt.nomination.domain.eligibility;

import java.util.Objects;
import vn.tdkt.base.domain.Shared;

/** The secretary's waiver (override) to let a failed or unconfirmed criterion pass, with the reason. */
@Shared
public record Waiver(Criterion criterion, String reason) {

    public Waiver {
        Objects.requireNonNull(criterion, "criterion");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A waiver needs a reason");
        }
    }
}
