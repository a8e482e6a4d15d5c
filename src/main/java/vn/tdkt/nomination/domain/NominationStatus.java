package vn.tdkt.nomination.domain;

import java.util.Set;
import vn.tdkt.base.domain.Shared;

/**
 * Dự thảo → Đã nộp → (Trả lại bổ sung → Đã nộp) → Chấp nhận / Không chấp nhận. The unit officer
 * drafts and submits; the secretary reviews (thẩm định). Nothing skips a step.
 */
@Shared
public enum NominationStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED,
    REJECTED;

    public Set<NominationStatus> next() {
        return switch (this) {
            case DRAFT, RETURNED -> Set.of(SUBMITTED);
            case SUBMITTED -> Set.of(RETURNED, ACCEPTED, REJECTED);
            case ACCEPTED, REJECTED -> Set.of();
        };
    }

    /** The unit may still change it: its draft, or a dossier returned for supplement. */
    public boolean editableByUnit() {
        return this == DRAFT || this == RETURNED;
    }

    /** Counts as a proposal of the achievement ("one achievement is rewarded once"). */
    public boolean isLive() {
        return this != REJECTED;
    }
}
