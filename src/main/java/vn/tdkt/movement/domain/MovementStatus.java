package vn.tdkt.movement.domain;

import java.util.Set;
import vn.tdkt.base.domain.Shared;

/** Dự thảo → Đã phát động → Đang thực hiện ⇄ Sơ kết → Tổng kết → Kết thúc. */
@Shared
public enum MovementStatus {
    DRAFT,
    LAUNCHED,
    IN_PROGRESS,
    MID_REVIEW,
    FINAL_REVIEW,
    CLOSED;

    /** The statuses a movement may move to from this one. A regular movement goes back to work after each sơ kết. */
    public Set<MovementStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(LAUNCHED);
            case LAUNCHED -> Set.of(IN_PROGRESS);
            case IN_PROGRESS -> Set.of(MID_REVIEW, FINAL_REVIEW);
            case MID_REVIEW -> Set.of(IN_PROGRESS, FINAL_REVIEW);
            case FINAL_REVIEW -> Set.of(CLOSED);
            case CLOSED -> Set.of();
        };
    }

    /** Registrations and scoring take place while the movement runs. */
    public boolean isRunning() {
        return this == LAUNCHED || this == IN_PROGRESS || this == MID_REVIEW;
    }
}
