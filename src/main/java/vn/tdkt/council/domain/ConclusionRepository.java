package vn.tdkt.council.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConclusionRepository extends JpaRepository<Conclusion, Long> {

    List<Conclusion> findByMeetingId(Long meetingId);
}
