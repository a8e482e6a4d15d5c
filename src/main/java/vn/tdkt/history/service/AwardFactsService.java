package vn.tdkt.history.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.base.service.Access;
import vn.tdkt.history.domain.AwardEntryRepository;
import vn.tdkt.history.domain.PerformanceRatingRepository;
import vn.tdkt.history.domain.Rating;
import vn.tdkt.organization.service.PersonalData;

/**
 * What the register and the ratings say about many people or collectives at once, as plain
 * facts for the eligibility rules: the active awards whose achievement period touches some
 * years, and the yearly ratings.
 */
@Service
@Transactional(readOnly = true)
public class AwardFactsService {

    private static final List<Long> NONE = List.of(-1L);

    private final AwardEntryRepository awards;
    private final PerformanceRatingRepository ratings;
    private final PersonalData privacy;

    public AwardFactsService(AwardEntryRepository awards, PerformanceRatingRepository ratings,
            PersonalData privacy) {
        this.awards = awards;
        this.ratings = ratings;
        this.privacy = privacy;
    }

    /** An active award: {@code personId} null for a collective (then {@code unitId} is it). */
    public record HeldAward(Long awardId, Long personId, Long unitId, Long awardTypeId, int yearFrom, int year,
            String docNumber) {
    }

    @Access.Authenticated
    public List<HeldAward> awardsOf(Collection<Long> personIds, Collection<Long> unitIds, int fromYear, int toYear) {
        return awards.activeFor(orNone(personIds), orNone(unitIds), fromYear, toYear).stream()
                .map(a -> new HeldAward(a.getId(), a.getPersonId(), a.getUnitId(), a.getAwardTypeId(),
                        a.getYearFrom(), a.getAwardYear(), a.getDocNumber()))
                .toList();
    }

    /**
     * Person id → year → rating, for the years asked. Everyone asked for has an entry. Ratings are
     * personal: refused when one of the people is outside the caller's {@link PersonalData} scope
     * (masking would make the eligibility rules judge on blanks).
     */
    @Access.Authenticated
    public Map<Long, Map<Integer, Rating>> ratingsOf(Collection<Long> personIds, int fromYear, int toYear) {
        privacy.assertMaySeeAll(personIds);
        Map<Long, Map<Integer, Rating>> out = new HashMap<>();
        personIds.forEach(id -> out.put(id, new TreeMap<>()));
        if (!personIds.isEmpty()) {
            ratings.findByPersonIdInAndYearBetween(personIds, fromYear, toYear)
                    .forEach(r -> out.get(r.getPersonId()).put(r.getYear(), r.getRating()));
        }
        return out;
    }

    private static Collection<Long> orNone(Collection<Long> ids) {
        return ids == null || ids.isEmpty() ? NONE : ids;
    }
}
