package vn.tdkt.decision.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AwardRepository extends JpaRepository<Award, Long> {

    List<Award> findByDecisionIdOrderByKindDescRegisterNoAscIdAsc(Long decisionId);

    long countByDecisionId(Long decisionId);

    @Modifying
    @Query("update Award a set a.state = :to where a.decisionId = :decisionId and a.state = :from")
    int changeState(@Param("decisionId") Long decisionId, @Param("from") AwardState from, @Param("to") AwardState to);

    /** The last số sổ vàng an issuer gave: its book continues from there. */
    @Query("select max(a.registerNo) from Award a where a.issuerUnitId = :issuer")
    Integer lastRegisterNo(@Param("issuer") Long issuerUnitId);
}
