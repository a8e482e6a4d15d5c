package vn.tdkt.history.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;
import vn.tdkt.decision.domain.AwardState;

/** Read-only: the register's look-ups by person; searches go through {@link AwardEntrySearch}. */
public interface AwardEntryRepository extends Repository<AwardEntry, Long> {

    List<AwardEntry> findByPersonIdAndStateInOrderByAwardYearAscDecisionDateAsc(Long personId,
            Collection<AwardState> states);

    List<AwardEntry> findByUnitIdAndStateOrderByRevokedOnDescIdDesc(Long unitId, AwardState state);
}
