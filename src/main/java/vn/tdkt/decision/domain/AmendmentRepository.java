package vn.tdkt.decision.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AmendmentRepository extends JpaRepository<Amendment, Long> {

    List<Amendment> findByDecisionIdOrderByAmendedOnAscIdAsc(Long decisionId);
}
