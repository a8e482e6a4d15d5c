package vn.tdkt.movement.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MovementRepository extends JpaRepository<Movement, Long> {

    String FILTER = """
            where (:text = '' or m.nameFolded like concat('%', :text, '%'))
              and (:noStatus = true or m.status in :statuses)
              and (:year = 0 or (year(m.periodFrom) <= :year and year(m.periodTo) >= :year))
            """;

    @Query("select m from Movement m " + FILTER)
    List<Movement> search(@Param("text") String text, @Param("noStatus") boolean noStatus,
            @Param("statuses") Collection<MovementStatus> statuses, @Param("year") int year, Pageable pageable);

    @Query("select count(m) from Movement m " + FILTER)
    long countSearch(@Param("text") String text, @Param("noStatus") boolean noStatus,
            @Param("statuses") Collection<MovementStatus> statuses, @Param("year") int year);

    @Query("select m from Movement m left join fetch m.criteria where m.id = :id")
    Optional<Movement> findWithCriteria(@Param("id") Long id);
}
