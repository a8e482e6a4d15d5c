package vn.tdkt.council.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    List<Attendance> findByMeetingIdOrderByIdAsc(Long meetingId);

    Optional<Attendance> findByMeetingIdAndPersonId(Long meetingId, Long personId);
}
