package vn.tdkt.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.tdkt.base.domain.AbstractEntity;

/** A member stands aside from one candidate of a ballot, with the reason; public, in the minutes. */
@Entity
@Table(name = "cn_recusal")
public class Recusal extends AbstractEntity {

    @Column(name = "ballot_id", nullable = false)
    private Long ballotId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "nomination_id", nullable = false)
    private Long nominationId;

    @Column(nullable = false, length = 500)
    private String reason;

    protected Recusal() {
    }

    public Recusal(Long ballotId, Long personId, Long nominationId, String reason) {
        this.ballotId = ballotId;
        this.personId = personId;
        this.nominationId = nominationId;
        this.reason = reason;
    }

    public Long getBallotId() {
        return ballotId;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getNominationId() {
        return nominationId;
    }

    public String getReason() {
        return reason;
    }
}
