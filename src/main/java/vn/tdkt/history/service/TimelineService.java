package vn.tdkt.history.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.base.service.Access;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.decision.domain.AwardState;
import vn.tdkt.history.domain.AwardEntry;
import vn.tdkt.history.domain.AwardEntryRepository;
import vn.tdkt.history.domain.AwardEntrySearch;
import vn.tdkt.history.domain.AwardFilter;
import vn.tdkt.history.domain.PerformanceRatingRepository;
import vn.tdkt.history.domain.Rating;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.service.PersonService.PersonDetails;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.PersonalData;
import vn.tdkt.organization.service.UnitService;

/** A person's and a unit's history of awards, with consecutive-year streaks and yearly ratings. */
@Service
@Transactional(readOnly = true)
public class TimelineService {

    /** Streak key of the yearly rating "hoàn thành xuất sắc nhiệm vụ". */
    public static final String HTXSNV = "HTXSNV";

    private final AwardEntryRepository awards;
    private final AwardEntrySearch search;
    private final AwardFilters filters;
    private final PerformanceRatingRepository ratings;
    private final AwardTypeService awardTypes;
    private final PersonService people;
    private final UnitService units;
    private final PersonalData privacy;

    TimelineService(AwardEntryRepository awards, AwardEntrySearch search, AwardFilters filters,
            PerformanceRatingRepository ratings, AwardTypeService awardTypes, PersonService people, UnitService units,
            PersonalData privacy) {
        this.privacy = privacy;
        this.awards = awards;
        this.search = search;
        this.filters = filters;
        this.ratings = ratings;
        this.awardTypes = awardTypes;
        this.people = people;
        this.units = units;
    }

    public record TimelineEntry(Long awardId, Long decisionId, int yearFrom, int year, Long awardTypeId,
            String awardCode, String awardName, String docNumber, LocalDate decisionDate, String issuer,
            String positionName, String unitName, Integer registerNo, AwardState state, String revokeReason,
            String recipientName, LocalDate revokedOn, String revokeGround, String revokedBy) {

        public String years() {
            return yearFrom == year ? String.valueOf(year) : yearFrom + "–" + year;
        }
    }

    /** {@code code} is an award type code or {@link #HTXSNV}; the run covers {@code from}..{@code to}. */
    public record Streak(String code, String name, int from, int to) {

        public int length() {
            return to - from + 1;
        }
    }

    public record RatingRecord(Long id, long version, int year, Rating rating, String note) {
    }

    /**
     * {@code personal}: whether the caller may see the person's personal details; when not,
     * gender and birth year are null, {@code ratings} is empty and the streaks count awards only.
     */
    public record PersonTimeline(Long personId, String fullName, Gender gender, Integer birthYear, String unitName,
            String positionName, boolean active, List<TimelineEntry> entries, List<Streak> streaks,
            List<RatingRecord> ratings, boolean personal) {
    }

    /** The awards are the register's, open to all staff; the ratings and personal details are not. */
    @Access.Authenticated
    public PersonTimeline person(Long personId) {
        PersonDetails p = people.get(personId);
        Map<Long, AwardTypeRecord> types = awardTypes.byId();
        List<AwardEntry> rows = awards.findByPersonIdAndStateInOrderByAwardYearAscDecisionDateAsc(personId,
                EnumSet.of(AwardState.ACTIVE, AwardState.REVOKED));
        Map<Long, String> issuers = units.fullNames(rows.stream().map(AwardEntry::getIssuerUnitId)
                .collect(Collectors.toSet()));
        List<TimelineEntry> entries = entries(rows, types, issuers);
        boolean personal = privacy.maySee(personId);
        List<RatingRecord> rated = !personal ? List.of() : ratings.findByPersonIdOrderByYearAsc(personId).stream()
                .map(r -> new RatingRecord(r.getId(), r.getVersion(), r.getYear(), r.getRating(), r.getNote()))
                .toList();
        return new PersonTimeline(p.id(), p.fullName(), p.gender(), p.birthYear(), p.unitName(), p.positionName(),
                p.activeTo() == null, entries, streaks(entries, rated), rated, personal);
    }

    private static List<TimelineEntry> entries(List<AwardEntry> rows, Map<Long, AwardTypeRecord> types,
            Map<Long, String> issuers) {
        return rows.stream().map(a -> {
            AwardTypeRecord t = types.get(a.getAwardTypeId());
            return new TimelineEntry(a.getId(), a.getDecisionId(), a.getYearFrom(), a.getAwardYear(), t.id(),
                    t.code(), t.name(), a.getDocNumber(), a.getDecisionDate(), issuers.get(a.getIssuerUnitId()),
                    a.getPositionName(), a.getUnitName(), a.getRegisterNo(), a.getState(), a.getRevokeReason(),
                    a.getRecipientName(), a.getRevokedOn(), a.getRevokeGround(), a.getRevokedBy());
        }).toList();
    }

    /**
     * The revoked awards of a unit: its own collective awards and those of the people who were
     * in it at the time, latest revocation first, with date, reason, legal ground and who revoked.
     */
    @Access.Authenticated
    public List<TimelineEntry> unitRevocations(Long unitId) {
        List<AwardEntry> rows = awards.findByUnitIdAndStateOrderByRevokedOnDescIdDesc(unitId, AwardState.REVOKED);
        return entries(rows, awardTypes.byId(), units.fullNames(rows.stream().map(AwardEntry::getIssuerUnitId)
                .collect(Collectors.toSet())));
    }

    /** Runs of at least two consecutive years of the same award or of HTXSNV, the latest first. */
    static List<Streak> streaks(List<TimelineEntry> entries, List<RatingRecord> rated) {
        Map<String, TreeSet<Integer>> years = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (TimelineEntry e : entries) {
            if (e.state() == AwardState.ACTIVE) {
                years.computeIfAbsent(e.awardCode(), k -> new TreeSet<>()).add(e.year());
                names.put(e.awardCode(), e.awardName());
            }
        }
        for (RatingRecord r : rated) {
            if (r.rating() == Rating.HTXSNV) {
                years.computeIfAbsent(HTXSNV, k -> new TreeSet<>()).add(r.year());
                names.put(HTXSNV, HTXSNV);
            }
        }
        List<Streak> result = new ArrayList<>();
        years.forEach((code, set) -> {
            Integer start = null;
            Integer previous = null;
            for (int year : set) {
                if (previous == null || year != previous + 1) {
                    add(result, code, names.get(code), start, previous);
                    start = year;
                }
                previous = year;
            }
            add(result, code, names.get(code), start, previous);
        });
        result.sort(Comparator.comparingInt(Streak::to).reversed().thenComparing(Streak::length,
                Comparator.reverseOrder()));
        return result;
    }

    private static void add(List<Streak> result, String code, String name, Integer from, Integer to) {
        if (from != null && to - from >= 1) {
            result.add(new Streak(code, name, from, to));
        }
    }

    public record UnitYear(int year, long collectiveAwards, long individualAwards) {
    }

    /** Awards per year for a unit with its sub-units: its own collective awards and those of its people. */
    @Access.Authenticated
    public List<UnitYear> unitYears(Long unitId) {
        AwardFilter f = filters.byAwardYear(AwardQuery.all().withUnit(unitId, null));
        Map<Integer, long[]> perYear = new java.util.TreeMap<>(Comparator.reverseOrder());
        for (Object[] row : search.countBy(f, "awardYear", "kind")) {
            long[] counts = perYear.computeIfAbsent((Integer) row[0], y -> new long[2]);
            counts[row[1] == RecipientKind.COLLECTIVE ? 0 : 1] += (Long) row[2];
        }
        return perYear.entrySet().stream().map(e -> new UnitYear(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }
}
