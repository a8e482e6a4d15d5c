package vn.tdkt.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

/**
 * The secret ballot's only trace of the choices: per ballot and candidate, three counters
 * (đồng ý / không đồng ý / không biểu quyết), created at zero when the secretary opens the
 * ballot and incremented in place, by one SQL {@code UPDATE}, when a member's paper arrives.
 * That a member voted is recorded elsewhere ({@link BallotVoter}); nothing connects the two.
 *
 * <p>Why nobody, administrators and the database's stored state included, can link a choice
 * to a member:
 * <ul>
 * <li>no row per paper exists, so there is no row to order by insertion, no auto-increment id,
 * no random id whose allocation order could be replayed, and no timestamp to line up with the
 * time a {@link BallotVoter} row was written;</li>
 * <li>this table has no {@code created_by}/{@code modified_by}/{@code created_at}/{@code
 * modified_at} and no {@code version}: it deliberately does not extend {@code AbstractEntity},
 * whose auditing listener would stamp the last voter's name on the counter they moved;</li>
 * <li>every member's paper covers every candidate they did not stand aside from, so each paper
 * moves one counter of every such row: which rows changed tells nothing, only the counts do;</li>
 * <li>the audit log records "cast their paper" with the ballot, never a choice;</li>
 * <li>the counts are shown to nobody while the ballot is open (only how many have voted), so
 * watching the screen between two papers reveals nothing either.</li>
 * </ul>
 * What this does not hide, and no design that writes a vote when it is cast can: an operator
 * who watches the live database (or keeps the server's binary / general query log, which the
 * deployment must therefore keep off for this schema) sees each transaction as it commits.
 * The alternative of holding papers in memory until the ballot closes would lose them on a
 * restart and breaks with more than one application node. Small numbers reveal themselves as
 * in any secret ballot: a unanimous result tells how everyone voted.
 *
 * <p>Read-only to Hibernate ({@link Immutable}): the counters change only through the
 * repository's native increments.
 */
@Entity
@Immutable
@Table(name = "cn_ballot_tally")
public class BallotTally {

    @EmbeddedId
    private Key key;

    @Column(name = "agree_count", nullable = false)
    private int agree;

    @Column(name = "disagree_count", nullable = false)
    private int disagree;

    @Column(name = "abstain_count", nullable = false)
    private int abstain;

    protected BallotTally() {
    }

    public Key getKey() {
        return key;
    }

    public int getAgree() {
        return agree;
    }

    public int getDisagree() {
        return disagree;
    }

    public int getAbstain() {
        return abstain;
    }

    /** Ballot and candidate: the whole identity of a row. */
    @Embeddable
    public record Key(@Column(name = "ballot_id") Long ballotId, @Column(name = "nomination_id") Long nominationId)
            implements Serializable {
    }
}
