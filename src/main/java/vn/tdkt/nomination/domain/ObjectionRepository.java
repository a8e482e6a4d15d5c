package vn.tdkt.nomination.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObjectionRepository extends JpaRepository<Objection, Long> {

    List<Objection> findByRoundIdOrderByCreatedAtAsc(Long roundId);

    long countByRoundIdAndResolvedAtIsNull(Long roundId);
}
