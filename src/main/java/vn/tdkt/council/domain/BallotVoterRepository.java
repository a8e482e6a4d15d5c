package vn.tdkt.council.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BallotVoterRepository extends JpaRepository<BallotVoter, Long> {

    long countByBallotId(Long ballotId);

    boolean existsByBallotIdAndPersonId(Long ballotId, Long personId);

    java.util.List<BallotVoter> findByBallotId(Long ballotId);
}
