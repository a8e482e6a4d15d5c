package vn.tdkt.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.tdkt.base.domain.AbstractEntity;

/**
 * That a member cast their paper in a ballot (who and when, as any record): never what they
 * chose. Unique per ballot and person, so a second paper, even sent twice at the same moment,
 * is refused by the database.
 */
@Entity
@Table(name = "cn_ballot_voter")
public class BallotVoter extends AbstractEntity {

    @Column(name = "ballot_id", nullable = false)
    private Long ballotId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    protected BallotVoter() {
    }

    public BallotVoter(Long ballotId, Long personId) {
        this.ballotId = ballotId;
        this.personId = personId;
    }

    public Long getBallotId() {
        return ballotId;
    }

    public Long getPersonId() {
        return personId;
    }
}
