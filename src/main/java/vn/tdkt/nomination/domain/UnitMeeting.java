package vn.tdkt.nomination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import vn.tdkt.base.domain.Shared;

/** The unit's own review meeting (họp xét của đơn vị): its date, the vote and the minutes uploaded. */
@Shared
@Embeddable
public record UnitMeeting(
        @Column(name = "meeting_date") LocalDate date,
        @Column(name = "votes_for") Integer votesFor,
        @Column(name = "votes_total") Integer votesTotal,
        @Column(name = "minutes_file_id") Long minutesFileId) {

    public static final UnitMeeting NONE = new UnitMeeting(null, null, null, null);
}
