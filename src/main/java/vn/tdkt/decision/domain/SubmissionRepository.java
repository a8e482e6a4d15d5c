package vn.tdkt.decision.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubmissionRepository extends JpaRepository<Submission, Long> {

    List<Submission> findByRoundIdOrderBySubmissionDateAscIdAsc(Long roundId);

    boolean existsByIssuerUnitIdAndNumberIdentAndNumberPeriod(Long issuerUnitId, String numberIdent,
            String numberPeriod);
}
