package vn.tdkt.movement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistrationWindowRepository extends JpaRepository<RegistrationWindow, Long> {

    Optional<RegistrationWindow> findByMovementIdAndYear(Long movementId, int year);

    List<RegistrationWindow> findByOpenTrueAndDeadlineGreaterThanEqualOrderByDeadline(LocalDate today);
}
