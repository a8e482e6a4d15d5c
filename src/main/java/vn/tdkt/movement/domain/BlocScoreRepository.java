package vn.tdkt.movement.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BlocScoreRepository extends JpaRepository<BlocScore, Long> {

    List<BlocScore> findByScoringId(Long scoringId);
}
