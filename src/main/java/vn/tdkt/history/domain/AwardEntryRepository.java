package vn.tdkt.history.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import vn.tdkt.decision.domain.AwardState;

/** Read-only: the register's look-ups by person; searches go through {@link AwardEntrySearch}. */
public interface AwardEntryRepository extends Repository<AwardEntry, Long> {

    List<AwardEntry> findByPersonIdAndStateInOrderByAwardYearAscDecisionDateAsc(Long personId,
            Collection<AwardState> states);

    /** Active awards of these people or collectives whose achievement period touches {@code from}–{@code to}. */
    @Query("""
            select a from AwardEntry a where a.state = vn.tdkt.decision.domain.AwardState.ACTIVE
            and (a.personId in :people or (a.personId is null and a.unitId in :units))
            and a.awardYear >= :from and a.yearFrom <= :to""")
    List<AwardEntry> activeFor(@Param("people") Collection<Long> people, @Param("units") Collection<Long> units,
            @Param("from") int from, @Param("to") int to);

    List<AwardEntry> findByUnitIdAndStateOrderByRevokedOnDescIdDesc(Long unitId, AwardState state);
}
