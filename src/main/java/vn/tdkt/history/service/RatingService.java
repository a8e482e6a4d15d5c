package vn.tdkt.history.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.AuditText;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.base.service.Entities;
import vn.tdkt.base.service.StaleDataException;
import vn.tdkt.history.domain.PerformanceRating;
import vn.tdkt.history.domain.PerformanceRatingRepository;
import vn.tdkt.history.domain.Rating;
import vn.tdkt.organization.service.PersonService.StaffMember;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.PersonalData;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.organization.service.UnitService;

/** Yearly quality ratings (HTXSNV …) of each person, entered per unit and year by the secretary. */
@Service
@Transactional(readOnly = true)
public class RatingService {

    private final PerformanceRatingRepository ratings;
    private final PersonService people;
    private final UnitService units;
    private final AuditService audit;
    private final Clock clock;
    private final PersonalData privacy;

    RatingService(PerformanceRatingRepository ratings, PersonService people, UnitService units, AuditService audit,
            Clock clock, PersonalData privacy) {
        this.privacy = privacy;
        this.ratings = ratings;
        this.people = people;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One line of a unit's rating sheet; {@code ratingId} null when not rated yet; {@code unitName}
     * the (sub-)unit the person works in, null where it does not matter.
     */
    public record RatingRow(Long personId, String fullName, String positionName, Long ratingId, long version,
            Rating rating, String note, String unitName) {

        public RatingRow(Long personId, String fullName, String positionName, Long ratingId, long version,
                Rating rating, String note) {
            this(personId, fullName, positionName, ratingId, version, rating, note, null);
        }
    }

    /**
     * The people of the unit and of its sub-units, unit by unit in organisation order, with their
     * ratings. Ratings are personal: the council, the secretary and the administrator read any
     * unit's sheet, a unit officer their own unit's (or a sub-unit's); anyone else is refused.
     */
    @Access.CouncilOrUnitOfficer
    public List<RatingRow> sheet(Long unitId, int year) {
        PersonalData.Scope reader = privacy.scope();
        if (!reader.everyone() && !reader.unitIds().contains(Checks.required(unitId, "unit"))) {
            throw new AccessDeniedException("Ratings of another unit are personal data");
        }
        List<UnitOption> scope = units.subtree(List.of(unitId));
        Map<Long, List<StaffMember>> staffByUnit = people.staffOfUnits(scope.stream().map(UnitOption::id).toList());
        List<StaffMember> staff = new ArrayList<>();
        List<String> unitNames = new ArrayList<>();
        for (UnitOption u : scope) {
            for (StaffMember s : staffByUnit.getOrDefault(u.id(), List.of())) {
                staff.add(s);
                unitNames.add(u.fullName());
            }
        }
        Map<Long, PerformanceRating> byPerson = ratings.findByYearAndPersonIdIn(year,
                staff.stream().map(StaffMember::personId).toList()).stream()
                .collect(Collectors.toMap(PerformanceRating::getPersonId, Function.identity()));
        List<RatingRow> rows = new ArrayList<>();
        for (int i = 0; i < staff.size(); i++) {
            StaffMember s = staff.get(i);
            PerformanceRating r = byPerson.get(s.personId());
            rows.add(new RatingRow(s.personId(), s.fullName(), s.positionName(), r == null ? null : r.getId(),
                    r == null ? 0 : r.getVersion(), r == null ? null : r.getRating(), r == null ? null : r.getNote(),
                    unitNames.get(i)));
        }
        return rows;
    }

    /** Sets (or with a null rating clears) one person's rating of a year. */
    @Access.Secretary
    @Transactional
    public RatingRow save(RatingRow row, int year) {
        if (year < 1945 || year > LocalDate.now(clock).getYear()) {
            throw BusinessException.onField("year", "error.rating.year", LocalDate.now(clock).getYear());
        }
        Long personId = Checks.required(row.personId(), "person");
        String name = people.get(personId).fullName();
        PerformanceRating r;
        if (row.ratingId() == null) {
            if (ratings.findByYearAndPersonIdIn(year, List.of(personId)).stream().findAny().isPresent()) {
                throw new StaleDataException();
            }
            if (row.rating() == null) {
                return row;
            }
            r = new PerformanceRating(personId, year);
        } else {
            // A rating that is gone was cleared by someone else since the sheet was read: stale, not "not found".
            r = Entities.forChange(ratings.findById(row.ratingId()).orElseThrow(StaleDataException::new),
                    row.version());
            if (row.rating() == null) {
                ratings.delete(r);
                audit.record("PerformanceRating", r.getId(), "DELETE", name + ", năm " + year);
                return new RatingRow(personId, row.fullName(), row.positionName(), null, 0, null, null,
                        row.unitName());
            }
        }
        String before = AuditText.of(r.getRating());
        r.setRating(row.rating());
        r.setNote(Checks.maxLength(VietnameseText.clean(row.note()), 500, "note"));
        r = ratings.saveAndFlush(r);
        audit.record("PerformanceRating", r.getId(), row.ratingId() == null ? "CREATE" : "UPDATE",
                name + ", năm " + year + ": " + before + " → " + AuditText.of(r.getRating()));
        return new RatingRow(personId, row.fullName(), row.positionName(), r.getId(), r.getVersion(), r.getRating(),
                r.getNote(), row.unitName());
    }
}
