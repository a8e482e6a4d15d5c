package vn.tdkt.council.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilMeetingRepository extends JpaRepository<CouncilMeeting, Long> {

    List<CouncilMeeting> findAllByOrderByMeetingDateDescIdDesc(Pageable page);

    List<CouncilMeeting> findByStatus(MeetingStatus status);

    List<CouncilMeeting> findByRoundId(Long roundId);
}
