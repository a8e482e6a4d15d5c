package vn.tdkt.nomination.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.movement.service.EmulationFactsService.FlagProposal;
import vn.tdkt.movement.service.EmulationFactsService;
import vn.tdkt.nomination.domain.AchievementReport;
import vn.tdkt.nomination.domain.AwardRound;
import vn.tdkt.nomination.domain.AwardRoundRepository;
import vn.tdkt.nomination.domain.Nomination;
import vn.tdkt.nomination.domain.NominationRepository;
import vn.tdkt.nomination.domain.UnitMeeting;
import vn.tdkt.nomination.domain.eligibility.Checklist;
import vn.tdkt.nomination.domain.eligibility.Verdict;
import vn.tdkt.nomination.service.EligibilityService.Subject;
import vn.tdkt.nomination.service.NominationService.NominationDetails;
import vn.tdkt.nomination.service.NominationService.NominationForm;
import vn.tdkt.organization.service.PersonService.StaffMember;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService;

/**
 * What the records suggest for a round: the people a unit may have forgotten to propose (they
 * meet every criterion of an award type of the round and are not proposed), and the flag
 * proposals of bloc scoring, each turned into a nomination of the leading unit with one click.
 */
@Service
@Transactional(readOnly = true)
public class SuggestionService {

    private final AwardRoundRepository rounds;
    private final NominationRepository nominations;
    private final NominationService nominationService;
    private final EligibilityService eligibility;
    private final AwardTypeService awardTypes;
    private final PersonService people;
    private final UnitService units;
    private final EmulationFactsService emulation;

    public SuggestionService(AwardRoundRepository rounds, NominationRepository nominations,
            NominationService nominationService, EligibilityService eligibility, AwardTypeService awardTypes,
            PersonService people, UnitService units, EmulationFactsService emulation) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.nominationService = nominationService;
        this.eligibility = eligibility;
        this.awardTypes = awardTypes;
        this.people = people;
        this.units = units;
        this.emulation = emulation;
    }

    /** A person who meets every criterion of an award type and is not proposed in the round. */
    public record Suggestion(Long personId, String fullName, String positionName, Long unitId, Long awardTypeId,
            String awardName, Checklist checklist) {
    }

    /**
     * "Who may be forgotten" in a unit (with its sub-units): for each person not yet proposed in the
     * round, the highest award type of the round they are eligible for.
     */
    @Access.CouncilOrUnitOfficer
    public List<Suggestion> forgotten(Long roundId, Long unitId) {
        AwardRound round = round(roundId);
        Checks.required(unitId, "unit");
        if (!CurrentUser.organiser()) {
            Long own = CurrentUser.unitId().orElse(null);
            if (own == null || !units.isWithin(unitId, own)) {
                throw new AccessDeniedException("A unit officer sees suggestions for their own unit only");
            }
        }
        List<AwardTypeRecord> types = round.getAwardTypeIds().stream().map(awardTypes::get)
                .filter(t -> t.recipientKind().allows(RecipientKind.INDIVIDUAL))
                .sorted(Comparator.comparingInt(AwardTypeRecord::precedence)).toList();
        Set<Long> proposed = new HashSet<>();
        nominations.findByRoundIdOrderByIdAsc(roundId).stream().map(Nomination::getPersonId)
                .filter(p -> p != null).forEach(proposed::add);
        List<Suggestion> out = new ArrayList<>();
        List<Long> unitIds = units.subtree(List.of(unitId)).stream().map(UnitService.UnitOption::id).toList();
        Map<Long, List<StaffMember>> staff = people.staffOfUnits(unitIds);
        for (Long u : unitIds) {
            List<StaffMember> candidates = staff.getOrDefault(u, List.of()).stream()
                    .filter(m -> !proposed.contains(m.personId())).toList();
            List<Subject> subjects = new ArrayList<>();
            for (StaffMember m : candidates) {
                types.forEach(t -> subjects.add(new Subject(RecipientKind.INDIVIDUAL, m.personId(), u, t.id(),
                        round.getYearTo(), null)));
            }
            Map<Subject, Checklist> checks = eligibility.evaluateAll(subjects);
            for (StaffMember m : candidates) {
                for (AwardTypeRecord t : types) {
                    Checklist c = checks.get(new Subject(RecipientKind.INDIVIDUAL, m.personId(), u, t.id(),
                            round.getYearTo(), null));
                    if (c.verdict() == Verdict.ELIGIBLE) {
                        out.add(new Suggestion(m.personId(), m.fullName(), m.positionName(), u, t.id(), t.name(), c));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The flag proposals of bloc scoring for the round's year whose award the round offers and not yet proposed. */
    @Access.Secretary
    public List<FlagProposal> flagProposals(Long roundId) {
        AwardRound round = round(roundId);
        return emulation.flagProposals(round.getYearTo()).stream()
                .filter(p -> round.getAwardTypeIds().contains(p.awardTypeId()))
                .filter(p -> nominations.findByRoundIdAndSubjectKey(roundId, Nomination.subjectKey(
                        RecipientKind.COLLECTIVE, null, p.unitId(), p.awardTypeId())).isEmpty())
                .toList();
    }

    /** Turns a flag proposal into a draft nomination of the leading unit, its summary from the scoring. */
    @Access.Secretary
    @Transactional
    public NominationDetails nominateFlag(Long roundId, Long scoringId) {
        FlagProposal p = flagProposals(roundId).stream().filter(x -> x.scoringId().equals(scoringId)).findFirst()
                .orElseThrow(() -> new BusinessException("error.nomination.noFlagProposal"));
        String summary = p.blocName() + " — " + p.movementName() + " (" + p.year() + ")";
        return nominationService.save(new NominationForm(null, 0, roundId, p.unitId(), RecipientKind.COLLECTIVE,
                null, p.unitId(), p.awardTypeId(), summary, AchievementReport.EMPTY, UnitMeeting.NONE, List.of()));
    }

    private AwardRound round(Long roundId) {
        return rounds.findById(Checks.required(roundId, "round"))
                .orElseThrow(() -> new BusinessException("error.notFound"));
    }

}
