package vn.tdkt.conduct.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PendingProcedureRepository extends JpaRepository<PendingProcedure, Long> {

    /** Newest first, as a person's page lists them. */
    List<PendingProcedure> findByPersonIdOrderByOpenedOnDescIdDesc(Long personId);

    /** One query for the records of many people (the eligibility check of a whole list). */
    List<PendingProcedure> findByPersonIdIn(Collection<Long> personIds);

    boolean existsByPersonId(Long personId);
}
