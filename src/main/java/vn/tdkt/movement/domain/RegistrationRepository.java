package vn.tdkt.movement.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistrationRepository extends JpaRepository<Registration, Long> {

    List<Registration> findByMovementIdAndYearAndUnitIdIn(Long movementId, int year, Collection<Long> unitIds);

    List<Registration> findByMovementIdAndYear(Long movementId, int year);

    Optional<Registration> findByMovementIdAndYearAndSubjectKey(Long movementId, int year, String subjectKey);

    List<Registration> findByYearBetweenAndPersonIdIn(int from, int to, Collection<Long> personIds);

    List<Registration> findByYearBetweenAndPersonIdIsNullAndUnitIdIn(int from, int to, Collection<Long> unitIds);
}
