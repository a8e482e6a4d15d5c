package vn.tdkt.decision.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NumberCounterRepository extends JpaRepository<NumberCounter, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from NumberCounter c where c.numberingId = :numbering and c.periodKey = :period")
    Optional<NumberCounter> lock(@Param("numbering") Long numberingId, @Param("period") String periodKey);

    List<NumberCounter> findByNumberingIdOrderByPeriodKeyDesc(Long numberingId);
}
