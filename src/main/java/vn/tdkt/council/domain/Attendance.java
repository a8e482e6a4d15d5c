package vn.tdkt.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.tdkt.base.domain.AbstractEntity;

/** One member of the roster in force on the meeting date, present or absent. */
@Entity
@Table(name = "cn_attendance")
public class Attendance extends AbstractEntity {

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, length = 20)
    private CouncilRole role;

    @Column(nullable = false)
    private boolean present;

    protected Attendance() {
    }

    public Attendance(Long meetingId, Long personId, CouncilRole role, boolean present) {
        this.meetingId = meetingId;
        this.personId = personId;
        this.role = role;
        this.present = present;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getPersonId() {
        return personId;
    }

    public CouncilRole getRole() {
        return role;
    }

    public boolean isPresent() {
        return present;
    }

    public void setPresent(boolean present) {
        this.present = present;
    }
}
