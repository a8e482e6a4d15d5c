package vn.tdkt.council.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BallotRepository extends JpaRepository<Ballot, Long> {

    List<Ballot> findByMeetingIdOrderByIdAsc(Long meetingId);

    List<Ballot> findByStatus(BallotStatus status);

    /**
     * The ballot, locked for the rest of the transaction: papers of one ballot are recorded one
     * after the other, so the last paper reliably closes it and no paper slips in after closing.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT b FROM Ballot b WHERE b.id = :id")
    Optional<Ballot> findForUpdate(@Param("id") Long id);
}
