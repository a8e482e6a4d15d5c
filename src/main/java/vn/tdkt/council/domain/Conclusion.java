package vn.tdkt.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.tdkt.base.domain.AbstractEntity;

/** The meeting's conclusion on a candidate whose award needs no ballot, recorded by the secretary. */
@Entity
@Table(name = "cn_conclusion")
public class Conclusion extends AbstractEntity {

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "nomination_id", nullable = false)
    private Long nominationId;

    @Column(nullable = false)
    private boolean passed;

    @Column(length = 1000)
    private String note;

    protected Conclusion() {
    }

    public Conclusion(Long meetingId, Long nominationId, boolean passed, String note) {
        this.meetingId = meetingId;
        this.nominationId = nominationId;
        this.passed = passed;
        this.note = note;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getNominationId() {
        return nominationId;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getNote() {
        return note;
    }
}
