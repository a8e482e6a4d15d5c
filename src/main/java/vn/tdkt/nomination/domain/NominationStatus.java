package vn.tdkt.nomination.domain;

import java.util.EnumSet;
import java.util.Set;
import vn.tdkt.base.domain.Shared;

/**
 * Dự thảo → Đã nộp → (Trả lại bổ sung → Đã nộp) → Chấp nhận / Không chấp nhận. The unit officer
 * drafts and submits; the secretary reviews (thẩm định). An accepted dossier then goes to the
 * council: Hội đồng thông qua / Hội đồng không thông qua; a passed one ends in this office's
 * decision (Đã quyết định khen thưởng) or in the submission to the higher body that decides it
 * (Đã trình cấp trên). Nothing skips a step.
 */
@Shared
public enum NominationStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED,
    REJECTED,
    PASSED,
    NOT_PASSED,
    DECIDED,
    FORWARDED;

    public Set<NominationStatus> next() {
        return switch (this) {
            case DRAFT, RETURNED -> Set.of(SUBMITTED);
            case SUBMITTED -> Set.of(RETURNED, ACCEPTED, REJECTED);
            case ACCEPTED -> Set.of(PASSED, NOT_PASSED);
            case PASSED -> Set.of(DECIDED, FORWARDED);
            case REJECTED, NOT_PASSED, DECIDED, FORWARDED -> Set.of();
        };
    }

    /** The unit may still change it: its draft, or a dossier returned for supplement. */
    public boolean editableByUnit() {
        return this == DRAFT || this == RETURNED;
    }

    /** Counts as a proposal of the achievement ("one achievement is rewarded once"). */
    public boolean isLive() {
        return this != REJECTED && this != NOT_PASSED;
    }

    /** Accepted by the secretary's review: on the published candidate list, whatever the council made of it. */
    public static Set<NominationStatus> candidates() {
        return EnumSet.of(ACCEPTED, PASSED, NOT_PASSED, DECIDED, FORWARDED);
    }

    /** The secretary's review (thẩm định) is over: accepted or rejected, or beyond. */
    public boolean reviewed() {
        return this != DRAFT && this != SUBMITTED && this != RETURNED;
    }
}
