package vn.tdkt.decision.domain;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AwardDecisionRepository extends JpaRepository<AwardDecision, Long> {

    /**
     * {@code :number} and {@code :text} are LIKE patterns with "!" as escape character: the
     * number without spaces, accents or case; the reason as typed, in lower case.
     */
    @Query("""
            select d from AwardDecision d
            where (:text = '' or replace(lower(d.numberKey), 'đ', 'd') like :number escape '!'
                   or lower(d.reason) like :text escape '!')
              and (:year = 0 or (d.yearFrom <= :year and d.yearTo >= :year))
              and (:status is null or d.status = :status)
            """)
    java.util.List<AwardDecision> search(@Param("text") String text, @Param("number") String number,
            @Param("year") int year, @Param("status") DecisionStatus status, Pageable pageable);

    @Query("""
            select count(d) from AwardDecision d
            where (:text = '' or replace(lower(d.numberKey), 'đ', 'd') like :number escape '!'
                   or lower(d.reason) like :text escape '!')
              and (:year = 0 or (d.yearFrom <= :year and d.yearTo >= :year))
              and (:status is null or d.status = :status)
            """)
    long countSearch(@Param("text") String text, @Param("number") String number, @Param("year") int year,
            @Param("status") DecisionStatus status);

    java.util.List<AwardDecision> findByNumberKeyIn(java.util.Collection<String> numberKeys);

    boolean existsByIssuerUnitId(Long unitId);

    java.util.List<AwardDecision> findByIssuerUnitIdAndDecisionDateBetween(Long issuerUnitId,
            java.time.LocalDate from, java.time.LocalDate to);

    boolean existsByMovementId(Long movementId);

    java.util.Optional<AwardDecision> findFirstByIssuerUnitIdAndNumberIdentAndNumberPeriodAndIdNot(Long issuerUnitId,
            String numberIdent, String numberPeriod, Long id);

    java.util.List<AwardDecision> findByIssuerUnitId(Long issuerUnitId);

    java.util.List<AwardDecision> findByIssuerUnitIdAndNumberIdentIn(Long issuerUnitId,
            java.util.Collection<String> numberIdents);
}
