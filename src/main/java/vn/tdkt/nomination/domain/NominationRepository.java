package vn.tdkt.nomination.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NominationRepository extends JpaRepository<Nomination, Long> {

    List<Nomination> findByRoundIdOrderByIdAsc(Long roundId);

    List<Nomination> findByRoundIdAndUnitIdInOrderByIdAsc(Long roundId, Collection<Long> unitIds);

    List<Nomination> findByRoundIdAndStatusIn(Long roundId, Collection<NominationStatus> statuses);

    Optional<Nomination> findByRoundIdAndSubjectKey(Long roundId, String subjectKey);

    long countByRoundId(Long roundId);

    long countByRoundIdAndStatus(Long roundId, NominationStatus status);

    /** Live nominations of these people or collectives in other rounds, for "rewarded once". */
    @Query("""
            select n from Nomination n where n.status not in (vn.tdkt.nomination.domain.NominationStatus.REJECTED,
                vn.tdkt.nomination.domain.NominationStatus.NOT_PASSED)
            and (n.personId in :people or n.recipientUnitId in :units) and n.achievementYear between :from and :to""")
    List<Nomination> liveFor(@Param("people") Collection<Long> people, @Param("units") Collection<Long> units,
            @Param("from") int from, @Param("to") int to);

    /** Round id, status and count of the nominations of some units in some rounds. */
    @Query("""
            select n.roundId, n.status, count(n) from Nomination n where n.roundId in :rounds and n.unitId in :units
            group by n.roundId, n.status""")
    List<Object[]> countByRoundAndStatus(@Param("rounds") Collection<Long> rounds,
            @Param("units") Collection<Long> units);

    @Query("""
            select n.roundId, n.status, count(n) from Nomination n where n.roundId in :rounds
            group by n.roundId, n.status""")
    List<Object[]> countByRoundAndStatus(@Param("rounds") Collection<Long> rounds);
}
