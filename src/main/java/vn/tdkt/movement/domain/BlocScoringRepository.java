package vn.tdkt.movement.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BlocScoringRepository extends JpaRepository<BlocScoring, Long> {

    Optional<BlocScoring> findByMovementIdAndBlocIdAndYear(Long movementId, Long blocId, int year);

    List<BlocScoring> findByYearIn(Collection<Integer> years);

    /** Years in which the unit was scored in a bloc. */
    @Query("""
            select distinct s.year from BlocScoring s, BlocScore b where b.scoringId = s.id and b.unitId = :unit""")
    List<Integer> scoredYears(@Param("unit") Long unitId);

    List<BlocScoring> findByProposedUnitId(Long unitId);

    List<BlocScoring> findByYearAndProposedUnitIdIsNotNull(int year);
}
