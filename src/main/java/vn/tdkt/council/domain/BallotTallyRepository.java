package vn.tdkt.council.domain;

import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The anonymous counters: rows are created at zero and incremented in place by native SQL, so
 * no Hibernate listener, version or audit column ever comes near them (see {@link BallotTally}).
 */
public interface BallotTallyRepository extends Repository<BallotTally, BallotTally.Key> {

    @Modifying
    @NativeQuery("INSERT INTO cn_ballot_tally (ballot_id, nomination_id, agree_count, disagree_count, abstain_count)"
            + " VALUES (:ballot, :nomination, 0, 0, 0)")
    void create(@Param("ballot") Long ballotId, @Param("nomination") Long nominationId);

    @Modifying
    @NativeQuery("UPDATE cn_ballot_tally SET agree_count = agree_count + 1"
            + " WHERE ballot_id = :ballot AND nomination_id = :nomination")
    int agree(@Param("ballot") Long ballotId, @Param("nomination") Long nominationId);

    @Modifying
    @NativeQuery("UPDATE cn_ballot_tally SET disagree_count = disagree_count + 1"
            + " WHERE ballot_id = :ballot AND nomination_id = :nomination")
    int disagree(@Param("ballot") Long ballotId, @Param("nomination") Long nominationId);

    @Modifying
    @NativeQuery("UPDATE cn_ballot_tally SET abstain_count = abstain_count + 1"
            + " WHERE ballot_id = :ballot AND nomination_id = :nomination")
    int abstain(@Param("ballot") Long ballotId, @Param("nomination") Long nominationId);

    /** Read as plain values, never as managed entities: a stale first-level copy cannot be shown. */
    @Query("SELECT new vn.tdkt.council.domain.TallyCounts(t.key.nominationId, t.agree, t.disagree, t.abstain)"
            + " FROM BallotTally t WHERE t.key.ballotId = :ballot")
    List<TallyCounts> counts(@Param("ballot") Long ballotId);
}
