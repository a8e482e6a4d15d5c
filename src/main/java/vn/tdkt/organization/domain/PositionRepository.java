package vn.tdkt.organization.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PositionRepository extends JpaRepository<Position, Long> {

    List<Position> findAllByOrderByRankAscNameAsc();

    Optional<Position> findByName(String name);
}
