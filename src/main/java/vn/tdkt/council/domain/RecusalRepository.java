package vn.tdkt.council.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecusalRepository extends JpaRepository<Recusal, Long> {

    List<Recusal> findByBallotId(Long ballotId);

    boolean existsByBallotIdAndPersonIdAndNominationId(Long ballotId, Long personId, Long nominationId);
}
