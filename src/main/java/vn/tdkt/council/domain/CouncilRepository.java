package vn.tdkt.council.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilRepository extends JpaRepository<Council, Long> {

    Optional<Council> findByOfficeUnitId(Long officeUnitId);
}
