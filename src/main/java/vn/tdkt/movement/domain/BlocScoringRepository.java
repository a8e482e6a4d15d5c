package vn.tdkt.movement.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BlocScoringRepository extends JpaRepository<BlocScoring, Long> {

    Optional<BlocScoring> findByMovementIdAndBlocIdAndYear(Long movementId, Long blocId, int year);

    List<BlocScoring> findByYearIn(java.util.Collection<Integer> years);
}
