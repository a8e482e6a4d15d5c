package vn.tdkt.catalog.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BaseSalaryRepository extends JpaRepository<BaseSalary, Long> {

    List<BaseSalary> findAllByOrderByEffectiveFromDesc();

    Optional<BaseSalary> findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(LocalDate date);

    boolean existsByEffectiveFrom(LocalDate effectiveFrom);
}
