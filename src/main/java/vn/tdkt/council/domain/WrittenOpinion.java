package vn.tdkt.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.tdkt.base.domain.AbstractEntity;

/**
 * An absent member's signed written opinion (phiếu ý kiến) on one candidate. It is not secret:
 * the paper is signed and read into the minutes, and it counts in the ballot's result.
 */
@Entity
@Table(name = "cn_opinion")
public class WrittenOpinion extends AbstractEntity {

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "nomination_id", nullable = false)
    private Long nominationId;

    @Column(nullable = false)
    private boolean agree;

    protected WrittenOpinion() {
    }

    public WrittenOpinion(Long meetingId, Long personId, Long nominationId) {
        this.meetingId = meetingId;
        this.personId = personId;
        this.nominationId = nominationId;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getNominationId() {
        return nominationId;
    }

    public boolean isAgree() {
        return agree;
    }

    public void setAgree(boolean agree) {
        this.agree = agree;
    }
}
