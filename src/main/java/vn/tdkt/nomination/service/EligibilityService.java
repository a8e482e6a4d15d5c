package vn.tdkt.nomination.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.base.service.Access;
import vn.tdkt.catalog.domain.AwardLevel;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService.RuleCriteria;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.conduct.domain.DisciplineForm;
import vn.tdkt.conduct.domain.InitiativeKind;
import vn.tdkt.conduct.service.ConductFacts.PersonFacts;
import vn.tdkt.conduct.service.ConductFacts;
import vn.tdkt.conduct.service.ConductService;
import vn.tdkt.history.domain.Rating;
import vn.tdkt.history.service.AwardFactsService.HeldAward;
import vn.tdkt.history.service.AwardFactsService;
import vn.tdkt.movement.service.EmulationFactsService.BlocYears;
import vn.tdkt.movement.service.EmulationFactsService;
import vn.tdkt.nomination.domain.Nomination;
import vn.tdkt.nomination.domain.NominationRepository;
import vn.tdkt.nomination.domain.eligibility.Checklist;
import vn.tdkt.nomination.domain.eligibility.CriteriaVersion;
import vn.tdkt.nomination.domain.eligibility.Eligibility;
import vn.tdkt.nomination.domain.eligibility.Facts.MemberStats;
import vn.tdkt.nomination.domain.eligibility.Facts.QuotaCounts;
import vn.tdkt.nomination.domain.eligibility.Facts;
import vn.tdkt.organization.service.PersonService.StaffMember;
import vn.tdkt.organization.service.PersonService;

/**
 * Gathers the facts the eligibility engine judges from the register, the ratings, the
 * registrations, the conduct records, bloc scoring and the other live nominations, many
 * subjects at once, and evaluates them. Streaks look back {@link #LOOK_BACK} years.
 */
@Service
@Transactional(readOnly = true)
public class EligibilityService {

    static final int LOOK_BACK = 6;

    private final AwardTypeService awardTypes;
    private final AwardFactsService register;
    private final EmulationFactsService emulation;
    private final ConductService conduct;
    private final PersonService people;
    private final NominationRepository nominations;
    private final Clock clock;

    public EligibilityService(AwardTypeService awardTypes, AwardFactsService register,
            EmulationFactsService emulation, ConductService conduct, PersonService people,
            NominationRepository nominations, Clock clock) {
        this.awardTypes = awardTypes;
        this.register = register;
        this.emulation = emulation;
        this.conduct = conduct;
        this.people = people;
        this.nominations = nominations;
        this.clock = clock;
    }

    /**
     * Who is judged: a person (with the unit whose HTXSNV quota counts them) or a collective, for an
     * award type and achievement year. {@code nominationId}: the nomination being judged, which
     * must not count as another proposal of the same achievement (null for a suggestion).
     */
    public record Subject(RecipientKind kind, Long personId, Long unitId, Long awardTypeId, int year,
            Long nominationId) {

        static Subject of(Nomination n) {
            return new Subject(n.getKind(), n.getPersonId(),
                    n.getKind() == RecipientKind.INDIVIDUAL ? n.getUnitId() : n.getRecipientUnitId(),
                    n.getAwardTypeId(), n.getAchievementYear(), n.getId());
        }
    }

    @Access.CouncilOrUnitOfficer
    public Checklist evaluate(Subject subject) {
        return evaluateAll(List.of(subject)).get(subject);
    }

    /** Evaluates many subjects with one gathering of facts per kind of record. */
    @Access.CouncilOrUnitOfficer
    public Map<Subject, Checklist> evaluateAll(Collection<Subject> subjects) {
        Map<Subject, Checklist> out = new LinkedHashMap<>();
        if (subjects.isEmpty()) {
            return out;
        }
        Gathered g = gather(subjects);
        // The rule versions of each award type, read once however many subjects it judges.
        Map<Long, List<CriteriaVersion>> versions = new HashMap<>();
        for (Subject s : subjects) {
            out.put(s, Eligibility.evaluate(s.year(),
                    versions.computeIfAbsent(s.awardTypeId(), id -> versions(id, g.types)), g.facts(s)));
        }
        return out;
    }

    private List<CriteriaVersion> versions(Long awardTypeId, Map<Long, AwardTypeRecord> types) {
        AwardTypeRecord type = types.get(awardTypeId);
        return awardTypes.rules(awardTypeId).stream().map(r -> {
            RuleCriteria c = r.criteria();
            return CriteriaVersion.of(type.code(), type.requiresRegistration(), r.effectiveFrom(), r.legalBasis(),
                    c.criteriaSet(), c.streakYears(), c.minSharePercent(), c.minShareExclusive(),
                    c.initiativeCount(), c.quotaPercent(), c.quotaOutstandingPercent(), c.criteriaArticles());
        }).toList();
    }

    private Gathered gather(Collection<Subject> subjects) {
        LocalDate today = LocalDate.now(clock);
        int to = subjects.stream().mapToInt(Subject::year).max().orElseThrow();
        int from = subjects.stream().mapToInt(Subject::year).min().orElseThrow() - LOOK_BACK;
        Map<Long, AwardTypeRecord> types = awardTypes.byId();

        Set<Long> collectives = subjects.stream().filter(s -> s.kind() == RecipientKind.COLLECTIVE)
                .map(Subject::unitId).collect(Collectors.toSet());
        // The units whose staff count: the collectives' members and the persons' quota units.
        Set<Long> staffUnits = subjects.stream().map(Subject::unitId).collect(Collectors.toSet());
        Map<Long, List<StaffMember>> staff = people.staffOfUnits(staffUnits);
        Set<Long> persons = new HashSet<>();
        subjects.stream().filter(s -> s.personId() != null).forEach(s -> persons.add(s.personId()));
        staff.values().forEach(list -> list.forEach(m -> persons.add(m.personId())));

        List<HeldAward> held = register.awardsOf(persons, collectives, from, to);
        Map<Long, Map<Integer, Rating>> ratings = register.ratingsOf(persons, from, to);
        List<Nomination> live = nominations.liveFor(persons.isEmpty() ? List.of(-1L) : persons,
                collectives.isEmpty() ? List.of(-1L) : collectives, from, to);
        ConductFacts conductFacts = conduct.facts(persons);
        var registered = emulation.registrationsOf(persons, collectives, from, to);
        Map<Long, BlocYears> blocs = new HashMap<>();
        collectives.forEach(u -> blocs.put(u, emulation.blocYears(u)));
        return new Gathered(today, types, staff, held, ratings, live, conductFacts, registered, blocs);
    }

    /** Everything gathered once for a batch of subjects. */
    private record Gathered(LocalDate today, Map<Long, AwardTypeRecord> types, Map<Long, List<StaffMember>> staff,
            List<HeldAward> held, Map<Long, Map<Integer, Rating>> ratings, List<Nomination> live,
            ConductFacts conduct, List<EmulationFactsService.Registered> registered, Map<Long, BlocYears> blocs) {

        String code(Long awardTypeId) {
            return types.get(awardTypeId).code();
        }

        Facts facts(Subject s) {
            return s.kind() == RecipientKind.INDIVIDUAL ? person(s) : collective(s);
        }

        private Facts person(Subject s) {
            Facts.Builder f = Facts.individual(today);
            ratings.getOrDefault(s.personId(), Map.of()).forEach(f::rated);
            held.stream().filter(a -> s.personId().equals(a.personId()))
                    .forEach(a -> f.awarded(code(a.awardTypeId()), a.year()));
            live.stream().filter(n -> s.personId().equals(n.getPersonId()) && !n.getId().equals(s.nominationId()))
                    .forEach(n -> f.nominated(code(n.getAwardTypeId()), n.getAchievementYear()));
            registered.stream().filter(r -> s.personId().equals(r.personId()))
                    .forEach(r -> f.registered(code(r.awardTypeId()), r.year()));
            PersonFacts pf = conduct.of(s.personId());
            pf.initiatives().forEach(i -> {
                AwardLevel reach = switch (i.level()) {
                    case CO_SO -> AwardLevel.BASE;
                    case BO_TINH -> AwardLevel.MINISTRY_PROVINCE;
                    case TOAN_QUOC -> AwardLevel.NATIONAL;
                };
                if (i.kind() == InitiativeKind.DE_TAI) {
                    f.research(i.year(), reach);
                } else {
                    f.initiative(i.year(), reach);
                }
            });
            pf.disciplines().forEach(d -> f.disciplined(d.form(), d.effectiveFrom(), d.effectiveTo()));
            pf.procedures().forEach(p -> f.held(p.kind(), p.openedOn(), p.closedOn()));
            List<StaffMember> colleagues = staff.getOrDefault(s.unitId(), List.of());
            for (int y = s.year() - LOOK_BACK; y <= s.year(); y++) {
                int year = y;
                int good = 0;
                int excellent = 0;
                for (StaffMember m : colleagues) {
                    Rating r = ratings.getOrDefault(m.personId(), Map.of()).get(year);
                    good += r == Rating.HTXSNV || r == Rating.HTTNV ? 1 : 0;
                    excellent += r == Rating.HTXSNV ? 1 : 0;
                }
                boolean outstanding = unitHolds(s.unitId(), "TTLDXS", year);
                if (good > 0) {
                    f.quota(year, new QuotaCounts(good, excellent, outstanding));
                }
            }
            return f.build();
        }

        private Facts collective(Subject s) {
            Facts.Builder f = Facts.collective(today);
            Long unit = s.unitId();
            held.stream().filter(a -> a.personId() == null && unit.equals(a.unitId()))
                    .forEach(a -> f.awarded(code(a.awardTypeId()), a.year()));
            live.stream().filter(n -> unit.equals(n.getRecipientUnitId()) && !n.getId().equals(s.nominationId()))
                    .forEach(n -> f.nominated(code(n.getAwardTypeId()), n.getAchievementYear()));
            registered.stream().filter(r -> r.personId() == null && unit.equals(r.unitId()))
                    .forEach(r -> f.registered(code(r.awardTypeId()), r.year()));
            BlocYears bloc = blocs.get(unit);
            bloc.scored().forEach(y -> f.blocScored(y, bloc.led().contains(y)));
            List<StaffMember> members = staff.getOrDefault(unit, List.of());
            if (!members.isEmpty()) {
                for (int y = s.year() - 1; y <= s.year(); y++) {
                    f.members(y, memberStats(members, y));
                }
            }
            return f.build();
        }

        private MemberStats memberStats(List<StaffMember> members, int year) {
            int complete = 0;
            int ldtt = 0;
            int cstdcs = 0;
            int disciplined = 0;
            for (StaffMember m : members) {
                Rating r = ratings.getOrDefault(m.personId(), Map.of()).get(year);
                complete += r != null && r != Rating.KHTNV ? 1 : 0;
                ldtt += personHolds(m.personId(), year, c -> Set.of("LDTT", "CSTDCS", "CSTD_TINH", "CSTD_TQ")
                        .contains(c)) ? 1 : 0;
                cstdcs += personHolds(m.personId(), year, c -> Set.of("CSTDCS", "CSTD_TINH", "CSTD_TQ").contains(c))
                        ? 1 : 0;
                disciplined += conduct.of(m.personId()).disciplinedDuring(year, DisciplineForm.CANH_CAO) ? 1 : 0;
            }
            return new MemberStats(members.size(), complete, ldtt, cstdcs, disciplined);
        }

        /** Held in the register or proposed in a live nomination (a year-end round decides both together). */
        private boolean personHolds(Long personId, int year, Predicate<String> code) {
            return held.stream().anyMatch(a -> personId.equals(a.personId()) && a.year() == year
                    && code.test(code(a.awardTypeId())))
                    || live.stream().anyMatch(n -> personId.equals(n.getPersonId()) && n.getAchievementYear() == year
                            && code.test(code(n.getAwardTypeId())));
        }

        private boolean unitHolds(Long unitId, String awardCode, int year) {
            return held.stream().anyMatch(a -> a.personId() == null && unitId.equals(a.unitId()) && a.year() == year
                    && code(a.awardTypeId()).equals(awardCode))
                    || live.stream().anyMatch(n -> unitId.equals(n.getRecipientUnitId())
                            && n.getAchievementYear() == year && code(n.getAwardTypeId()).equals(awardCode));
        }
    }

    static List<Subject> subjects(Collection<Nomination> list) {
        List<Subject> out = new ArrayList<>();
        list.forEach(n -> out.add(Subject.of(n)));
        return out;
    }
}
