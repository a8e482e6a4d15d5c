package vn.tdkt.nomination.domain;

import java.util.EnumSet;
import java.util.Set;
import vn.tdkt.base.domain.Shared;

/** Mở nhận hồ sơ → Đang thẩm định → Công khai → Trình Hội đồng → Đã có quyết định → Đóng. */
@Shared
public enum RoundStatus {
    OPEN,
    REVIEWING,
    PUBLISHED,
    AT_COUNCIL,
    DECIDED,
    CLOSED;

    /**
     * The statuses a round may move to from this one: forward one step, and back from review to
     * reception while nothing has been published (a unit asks to complete its dossier).
     */
    public Set<RoundStatus> next() {
        return switch (this) {
            case OPEN -> Set.of(REVIEWING);
            case REVIEWING -> Set.of(PUBLISHED, OPEN);
            case PUBLISHED -> Set.of(AT_COUNCIL);
            case AT_COUNCIL -> Set.of(DECIDED);
            case DECIDED -> Set.of(CLOSED);
            case CLOSED -> Set.of();
        };
    }

    /** From publication on, the round is known to all staff (the list is public). */
    public boolean isPublic() {
        return ordinal() >= PUBLISHED.ordinal();
    }

    /** The statuses every member of staff may see. */
    public static Set<RoundStatus> publicStatuses() {
        return EnumSet.of(PUBLISHED, AT_COUNCIL, DECIDED, CLOSED);
    }

    /** After the decision nothing of the round changes any more, not even its dates. */
    public boolean isFinished() {
        return this == DECIDED || this == CLOSED;
    }
}
