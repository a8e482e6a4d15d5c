package vn.tdkt.catalog.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AwardRuleRepository extends JpaRepository<AwardRule, Long> {

    List<AwardRule> findByAwardTypeIdOrderByEffectiveFromDesc(Long awardTypeId);

    Optional<AwardRule> findFirstByAwardTypeIdAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(
            Long awardTypeId, LocalDate date);

    boolean existsByAwardTypeIdAndEffectiveFrom(Long awardTypeId, LocalDate effectiveFrom);
}
