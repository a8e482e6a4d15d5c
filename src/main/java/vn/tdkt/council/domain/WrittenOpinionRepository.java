package vn.tdkt.council.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WrittenOpinionRepository extends JpaRepository<WrittenOpinion, Long> {

    List<WrittenOpinion> findByMeetingId(Long meetingId);

    Optional<WrittenOpinion> findByMeetingIdAndPersonIdAndNominationId(Long meetingId, Long personId,
            Long nominationId);
}
