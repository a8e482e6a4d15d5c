package vn.tdkt.council.domain;

import vn.tdkt.base.domain.Shared;

/** Đã lên lịch (attendance, opinions and ballots are recorded) → Đã kết thúc (the minutes are final). */
@Shared
public enum MeetingStatus {
    SCHEDULED,
    CLOSED
}
