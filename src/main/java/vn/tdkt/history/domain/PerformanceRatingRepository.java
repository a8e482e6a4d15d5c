package vn.tdkt.history.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PerformanceRatingRepository extends JpaRepository<PerformanceRating, Long> {

    List<PerformanceRating> findByPersonIdOrderByYearAsc(Long personId);

    List<PerformanceRating> findByYearAndPersonIdIn(int year, Collection<Long> personIds);

    List<PerformanceRating> findByPersonIdInAndYearBetween(Collection<Long> personIds, int from, int to);

    boolean existsByPersonId(Long personId);
}
