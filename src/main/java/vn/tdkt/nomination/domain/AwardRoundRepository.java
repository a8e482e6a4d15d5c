package vn.tdkt.nomination.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AwardRoundRepository extends JpaRepository<AwardRound, Long> {

    String FILTER = """
            where (:text = '' or r.nameFolded like concat('%', :text, '%'))
              and r.status in :statuses
              and (:year = 0 or (r.yearFrom <= :year and r.yearTo >= :year))
            """;

    @Query("select r from AwardRound r " + FILTER)
    List<AwardRound> search(@Param("text") String text, @Param("statuses") Collection<RoundStatus> statuses,
            @Param("year") int year, Pageable pageable);

    @Query("select count(r) from AwardRound r " + FILTER)
    long countSearch(@Param("text") String text, @Param("statuses") Collection<RoundStatus> statuses,
            @Param("year") int year);

    @Query("select r from AwardRound r left join fetch r.transitions where r.id = :id")
    Optional<AwardRound> findWithTransitions(@Param("id") Long id);

    /** Rounds still receiving dossiers on {@code date}; the scope is checked by the caller. */
    @Query("select r from AwardRound r where r.status = :status and r.submissionDeadline >= :date"
            + " order by r.submissionDeadline, r.name")
    List<AwardRound> receiving(@Param("status") RoundStatus status, @Param("date") LocalDate date);

    List<AwardRound> findByStatusInOrderBySubmissionDeadlineAsc(Collection<RoundStatus> statuses);
}
