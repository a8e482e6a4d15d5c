package vn.tdkt.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.tdkt.base.domain.AbstractEntity;

/** A meeting (phiên họp) of a council on an award round at council. */
@Entity
@Table(name = "cn_meeting")
public class CouncilMeeting extends AbstractEntity {

    @Column(name = "council_id", nullable = false)
    private Long councilId;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Column(length = 255)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MeetingStatus status = MeetingStatus.SCHEDULED;

    @Column(length = 4000)
    private String conclusion;

    protected CouncilMeeting() {
    }

    public CouncilMeeting(Long councilId, Long roundId, LocalDate meetingDate, String place) {
        this.councilId = councilId;
        this.roundId = roundId;
        this.meetingDate = meetingDate;
        this.place = place;
    }

    public Long getCouncilId() {
        return councilId;
    }

    public Long getRoundId() {
        return roundId;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getPlace() {
        return place;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public String getConclusion() {
        return conclusion;
    }

    public void close(String conclusion) {
        this.conclusion = conclusion;
        this.status = MeetingStatus.CLOSED;
    }
}
