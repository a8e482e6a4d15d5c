package vn.tdkt.movement.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.base.service.Access;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.movement.domain.BlocScoring;
import vn.tdkt.movement.domain.BlocScoringRepository;
import vn.tdkt.movement.domain.RegistrationRepository;
import vn.tdkt.organization.service.BlocService;
import vn.tdkt.organization.service.UnitService;

/**
 * What registrations and bloc scoring say, as plain facts for the eligibility rules and the
 * nominations: who registered which title for which year, which years a unit was scored and led
 * its bloc, and the flag proposals of a year.
 */
@Service
@Transactional(readOnly = true)
public class EmulationFactsService {

    private final RegistrationRepository registrations;
    private final BlocScoringRepository scorings;
    private final BlocService blocs;
    private final UnitService units;
    private final AwardTypeService awardTypes;
    private final MovementService movements;

    public EmulationFactsService(RegistrationRepository registrations, BlocScoringRepository scorings,
            BlocService blocs, UnitService units, AwardTypeService awardTypes, MovementService movements) {
        this.registrations = registrations;
        this.scorings = scorings;
        this.blocs = blocs;
        this.units = units;
        this.awardTypes = awardTypes;
        this.movements = movements;
    }

    /** A registered target title: {@code personId} null for the unit's own registration. */
    public record Registered(Long personId, Long unitId, Long awardTypeId, int year) {
    }

    /** The years a unit was scored in a bloc, and those it was proposed for the flag (led the bloc). */
    public record BlocYears(Set<Integer> scored, Set<Integer> led) {
    }

    /** The flag proposal of a bloc scoring: the leading unit and the award proposed. */
    public record FlagProposal(Long scoringId, Long movementId, String movementName, Long blocId, String blocName,
            int year, Long unitId, String unitName, Long awardTypeId, String awardName) {
    }

    @Access.Authenticated
    public List<Registered> registrationsOf(Collection<Long> personIds, Collection<Long> unitIds, int fromYear,
            int toYear) {
        var people = personIds.isEmpty() ? List.<Registered>of()
                : registrations.findByYearBetweenAndPersonIdIn(fromYear, toYear, personIds).stream()
                        .map(r -> new Registered(r.getPersonId(), r.getUnitId(), r.getAwardTypeId(), r.getYear()))
                        .toList();
        var collectives = unitIds.isEmpty() ? List.<Registered>of()
                : registrations.findByYearBetweenAndPersonIdIsNullAndUnitIdIn(fromYear, toYear, unitIds).stream()
                        .map(r -> new Registered(null, r.getUnitId(), r.getAwardTypeId(), r.getYear()))
                        .toList();
        return Stream.concat(people.stream(), collectives.stream()).toList();
    }

    @Access.Authenticated
    public BlocYears blocYears(Long unitId) {
        Set<Integer> led = new TreeSet<>();
        scorings.findByProposedUnitId(unitId).forEach(s -> led.add(s.getYear()));
        Set<Integer> scored = new TreeSet<>(scorings.scoredYears(unitId));
        scored.addAll(led);
        return new BlocYears(scored, led);
    }

    @Access.Authenticated
    public List<FlagProposal> flagProposals(int year) {
        List<BlocScoring> proposed = scorings.findByYearAndProposedUnitIdIsNotNull(year);
        Map<Long, String> unitNames = units.fullNames(proposed.stream().map(BlocScoring::getProposedUnitId).toList());
        return proposed.stream().map(s -> new FlagProposal(s.getId(), s.getMovementId(),
                movements.get(s.getMovementId()).name(), s.getBlocId(), blocs.get(s.getBlocId()).name(), year,
                s.getProposedUnitId(), unitNames.get(s.getProposedUnitId()), s.getProposedAwardId(),
                awardTypes.get(s.getProposedAwardId()).name())).toList();
    }
}
