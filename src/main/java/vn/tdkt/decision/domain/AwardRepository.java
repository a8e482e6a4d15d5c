package vn.tdkt.decision.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AwardRepository extends JpaRepository<Award, Long> {

    List<Award> findByDecisionIdOrderByKindDescRegisterNoAscIdAsc(Long decisionId);

    List<Award> findByPersonIdAndStateInOrderByAwardYearAscDecisionDateAsc(Long personId,
            Collection<AwardState> states);

    List<Award> findByUnitIdAndStateInOrderByAwardYearDescDecisionDateDesc(Long unitId,
            Collection<AwardState> states);

    long countByDecisionId(Long decisionId);

    boolean existsByPersonId(Long personId);

    boolean existsByUnitIdOrIssuerUnitId(Long unitId, Long issuerUnitId);

    boolean existsByAwardTypeId(Long awardTypeId);

    @Modifying
    @Query("update Award a set a.state = :to where a.decisionId = :decisionId and a.state = :from")
    int changeState(@Param("decisionId") Long decisionId, @Param("from") AwardState from, @Param("to") AwardState to);
}
