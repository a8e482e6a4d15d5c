package vn.tdkt.decision.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NumberingTermRepository extends JpaRepository<NumberingTerm, Long> {

    List<NumberingTerm> findByIssuerUnitIdOrderByStartsOnDesc(Long issuerUnitId);
}
