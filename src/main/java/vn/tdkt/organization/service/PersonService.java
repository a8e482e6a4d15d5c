package vn.tdkt.organization.service;

import vn.tdkt.base.service.AuditText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.service.ChangeSet;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.base.service.Entities;
import vn.tdkt.base.service.ReferenceCheck;
import vn.tdkt.organization.domain.Gender;
import vn.tdkt.organization.domain.Person;
import vn.tdkt.organization.domain.PersonAssignment;
import vn.tdkt.organization.domain.PersonRepository;
import vn.tdkt.organization.domain.Position;
import vn.tdkt.organization.domain.PositionRepository;
import vn.tdkt.organization.domain.Unit;
import vn.tdkt.organization.domain.UnitRepository;

/**
 * People (cán bộ): browse (everyone logged in), maintain (ADMIN). Who a person is (name, unit,
 * position) is open to all staff; gender, birth year and party membership come back null for
 * a caller outside {@link PersonalData}'s scope.
 */
@Service
@Transactional(readOnly = true)
public class PersonService {

    static final String ENTITY = ReferenceCheck.PERSON;
    /** People sort the Vietnamese way: by tên, then họ đệm (see VietnameseText). */
    public static final Sort NAME_ORDER = Sort.by("sortKey", "id");

    private final PersonRepository people;
    private final UnitRepository units;
    private final PositionRepository positions;
    private final List<ReferenceCheck> referenceChecks;
    private final AuditService audit;
    private final Clock clock;
    private final PersonalData privacy;

    public PersonService(PersonRepository people, UnitRepository units, PositionRepository positions,
            List<ReferenceCheck> referenceChecks, AuditService audit, Clock clock, PersonalData privacy) {
        this.privacy = privacy;
        this.people = people;
        this.units = units;
        this.positions = positions;
        this.referenceChecks = referenceChecks;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code unitId} filters to that unit and all its sub-units. */
    public record PersonFilter(String text, Long unitId, boolean includeInactive) {

        public static PersonFilter all() {
            return new PersonFilter("", null, false);
        }
    }

    /** {@code gender}, {@code birthYear}, {@code partyMember}: null when the caller may not see them. */
    public record PersonRecord(Long id, String fullName, Gender gender, Integer birthYear, String positionName,
            Long unitId, String unitName, Boolean partyMember, boolean active) {
    }

    public record AssignmentRecord(String unitName, String positionName, LocalDate from, LocalDate to) {
    }

    /** {@code gender}, {@code birthYear}, {@code partyMember}: null when the caller may not see them. */
    public record PersonDetails(Long id, long version, String fullName, Gender gender, Integer birthYear,
            Boolean partyMember, Long unitId, String unitName, Long positionId, String positionName,
            LocalDate activeFrom, LocalDate activeTo, List<AssignmentRecord> assignments) {
    }

    /**
     * Form data. {@code effectiveDate} is when a change of unit or position takes effect
     * (defaults to today); the earlier assignment stays in the history.
     */
    public record PersonForm(Long id, long version, String fullName, Gender gender, Integer birthYear,
            boolean partyMember, Long unitId, Long positionId, LocalDate activeFrom, LocalDate effectiveDate) {
    }

    /**
     * Someone working in a unit now, with the rank of their position (official lists go by rank);
     * {@code gender} null when the caller may not see it.
     */
    public record StaffMember(Long personId, String fullName, Gender gender, String positionName, int rank) {
    }

    /** The people currently working in exactly this unit: by rank, then the Vietnamese name order. */
    @Access.Authenticated
    public List<StaffMember> staffOf(Long unitId) {
        return staffOfUnits(List.of(unitId)).getOrDefault(unitId, List.of());
    }

    /** {@link #staffOf} for many units in one query: unit id → its staff in list order. */
    @Access.Authenticated
    public java.util.Map<Long, List<StaffMember>> staffOfUnits(java.util.Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return java.util.Map.of();
        }
        PersonalData.Scope scope = privacy.scope();
        return people.findStaffOfUnits(unitIds).stream().collect(java.util.stream.Collectors.groupingBy(
                p -> p.getUnit().getId(), java.util.LinkedHashMap::new,
                java.util.stream.Collectors.mapping(p -> toStaff(p, scope), java.util.stream.Collectors.toList())));
    }

    private static StaffMember toStaff(Person p, PersonalData.Scope scope) {
        return new StaffMember(p.getId(), p.getFullName(), personal(p, scope) ? p.getGender() : null,
                p.getPosition() == null ? null : p.getPosition().getName(),
                p.getPosition() == null ? Integer.MAX_VALUE : p.getPosition().getRank());
    }

    /** A person as a list import matches them: by accent-free name, then birth year and unit. */
    public record NameMatch(Long id, String fullName, Gender gender, Integer birthYear, Long unitId) {
    }

    /** Everyone (incl. those who left) whose accent-free name is one of {@code foldedNames}: folded name → people. */
    @Access.Authenticated
    public java.util.Map<String, List<NameMatch>> byFoldedNames(java.util.Collection<String> foldedNames) {
        java.util.Map<String, List<NameMatch>> result = new java.util.HashMap<>();
        PersonalData.Scope scope = privacy.scope();
        List<String> names = List.copyOf(new java.util.HashSet<>(foldedNames));
        for (int from = 0; from < names.size(); from += 1000) {
            for (Object[] p : people.findMatchesByNamesFolded(names.subList(from, Math.min(from + 1000,
                    names.size())))) {
                boolean shown = scope.covers((Long) p[0], (Long) p[5]);
                result.computeIfAbsent((String) p[2], k -> new java.util.ArrayList<>()).add(new NameMatch((Long) p[0],
                        (String) p[1], shown ? (Gender) p[3] : null, shown ? (Integer) p[4] : null, (Long) p[5]));
            }
        }
        return result;
    }

    @Access.Authenticated
    public Long currentUnitOf(Long personId) {
        return load(personId).getUnit().getId();
    }

    /** The unit and position a person held on a date, e.g. for an award given then. */
    public record Placement(Long unitId, String unitName, String positionName) {
    }

    @Access.Authenticated
    public List<PersonRecord> page(PersonFilter filter, int offset, int limit) {
        int size = Math.max(limit, 1);
        // Offsets from lazy grids are multiples of the page size.
        PageRequest page = PageRequest.of(offset / size, size, NAME_ORDER);
        PersonalData.Scope scope = privacy.scope();
        return people.search(namePattern(filter.text()), unitPath(filter), filter.includeInactive(), page)
                .stream()
                .map(p -> toRecord(p, scope))
                .toList();
    }

    @Access.Authenticated
    public long count(PersonFilter filter) {
        return people.countSearch(namePattern(filter.text()), unitPath(filter), filter.includeInactive());
    }

    /**
     * The people search: every word typed begins a word of the name, in the order typed
     * ("van anh" and "nguyen anh" find Nguyễn Văn Anh); "%" and "_" are letters like any other.
     */
    static String namePattern(String text) {
        String folded = VietnameseText.fold(text);
        if (folded.isBlank()) {
            return "";
        }
        StringBuilder pattern = new StringBuilder("%");
        for (String word : folded.split(" ")) {
            pattern.append(' ').append(word.replace("!", "!!").replace("%", "!%").replace("_", "!_")).append('%');
        }
        return pattern.toString();
    }

    @Access.Authenticated
    public PersonDetails get(Long id) {
        Person p = load(id);
        List<AssignmentRecord> history = p.getAssignments().stream()
                .map(a -> new AssignmentRecord(a.getUnit().getFullName(),
                        a.getPosition() == null ? null : a.getPosition().getName(), a.getFromDate(), a.getToDate()))
                .toList()
                .reversed();
        boolean shown = personal(p, privacy.scope());
        return new PersonDetails(p.getId(), p.getVersion(), p.getFullName(), shown ? p.getGender() : null,
                shown ? p.getBirthYear() : null, shown ? p.isPartyMember() : null, p.getUnit().getId(), p.getUnit().getFullName(),
                p.getPosition() == null ? null : p.getPosition().getId(),
                p.getPosition() == null ? null : p.getPosition().getName(), p.getActiveFrom(), p.getActiveTo(),
                history);
    }

    @Access.Authenticated
    public Placement placementOn(Long personId, LocalDate date) {
        Person p = load(personId);
        return p.assignmentOn(date)
                .map(a -> new Placement(a.getUnit().getId(), a.getUnit().getFullName(),
                        a.getPosition() == null ? null : a.getPosition().getName()))
                .orElse(null);
    }

    @Access.Admin
    @Transactional
    public PersonDetails create(PersonForm form) {
        String name = validName(form.fullName());
        Unit unit = unitFor(form);
        Person person = new Person(name, Checks.required(form.gender(), "gender"), unit, positionFor(form),
                form.activeFrom());
        applyPersonal(person, form);
        people.saveAndFlush(person);
        audit.record(ENTITY, person.getId(), "CREATE", name + " — " + unit.getFullName());
        return get(person.getId());
    }

    @Access.Admin
    @Transactional
    public PersonDetails update(PersonForm form) {
        Person person = Entities.forChange(load(Checks.required(form.id(), "id")), form.version());
        String name = validName(form.fullName());
        Unit unit = unitFor(form);
        Position position = positionFor(form);
        ChangeSet changes = new ChangeSet()
                .field("fullName", person.getFullName(), name)
                .field("gender", person.getGender(), form.gender())
                .field("birthYear", person.getBirthYear(), form.birthYear())
                .field("partyMember", person.isPartyMember(), form.partyMember())
                .field("unit", person.getUnit().getCode(), unit.getCode())
                .field("position", person.getPosition() == null ? null : person.getPosition().getName(),
                        position == null ? null : position.getName());
        person.setFullName(name);
        person.setGender(Checks.required(form.gender(), "gender"));
        applyPersonal(person, form);
        if (!unit.equals(person.getUnit()) || !java.util.Objects.equals(position, person.getPosition())) {
            if (!person.isActive()) {
                throw new BusinessException("error.person.inactiveTransfer");
            }
            LocalDate when = form.effectiveDate() == null ? LocalDate.now(clock) : form.effectiveDate();
            LocalDate since = person.currentAssignment().map(PersonAssignment::getFromDate).orElse(null);
            if (since != null && when.isBefore(since)) {
                throw BusinessException.onField("effectiveDate", "error.person.transferBeforeCurrent", since);
            }
            person.assign(unit, position, when);
        }
        if (!changes.isEmpty()) {
            audit.record(ENTITY, person.getId(), "UPDATE", changes.toString());
        }
        people.flush();
        return get(person.getId());
    }

    /** Records that a person left the office; the record and its history stay. */
    @Access.Admin
    @Transactional
    public PersonDetails leave(Long id, long version, LocalDate date) {
        Person person = Entities.forChange(load(id), version);
        Checks.required(date, "activeTo");
        if (date.isAfter(LocalDate.now(clock))) {
            throw BusinessException.onField("activeTo", "error.dateInFuture");
        }
        person.leave(date);
        audit.record(ENTITY, id, "LEAVE", person.getFullName() + ", ngày " + AuditText.of(date));
        people.flush();
        return get(id);
    }

    @Access.Admin
    @Transactional
    public PersonDetails rejoin(Long id, long version) {
        Person person = Entities.forChange(load(id), version);
        person.rejoin();
        audit.record(ENTITY, id, "REJOIN", person.getFullName());
        people.flush();
        return get(id);
    }

    /** Deletes a person entered by mistake; refused while anything refers to them. */
    @Access.Admin
    @Transactional
    public void delete(Long id, long version) {
        Person person = Entities.forChange(load(id), version);
        referenceChecks.forEach(check -> check.assertUnreferenced(ENTITY, id));
        audit.record(ENTITY, id, "DELETE", person.getFullName());
        people.delete(person);
    }

    private void applyPersonal(Person person, PersonForm form) {
        int thisYear = Year.now(clock).getValue();
        if (form.birthYear() != null && (form.birthYear() < thisYear - 100 || form.birthYear() > thisYear - 16)) {
            throw BusinessException.onField("birthYear", "error.person.birthYear", thisYear - 100, thisYear - 16);
        }
        if (form.activeFrom() != null && form.activeFrom().isAfter(LocalDate.now(clock))) {
            throw BusinessException.onField("activeFrom", "error.dateInFuture");
        }
        person.setBirthYear(form.birthYear());
        person.setPartyMember(form.partyMember());
        person.setActiveFrom(form.activeFrom());
    }

    private Unit unitFor(PersonForm form) {
        if (form.unitId() == null) {
            throw BusinessException.onField("unit", "error.person.unitRequired");
        }
        return Entities.found(units, form.unitId());
    }

    private Position positionFor(PersonForm form) {
        return form.positionId() == null ? null
                : Entities.found(positions, form.positionId());
    }

    private static String validName(String name) {
        String clean = Checks.maxLength(Checks.required(VietnameseText.clean(name), "fullName"), 150, "fullName");
        if (!clean.contains(" ")) {
            throw BusinessException.onField("fullName", "error.person.fullName");
        }
        return clean;
    }

    private String unitPath(PersonFilter filter) {
        return filter.unitId() == null ? ""
                : units.findById(filter.unitId()).map(Unit::getPath).orElse("/none/");
    }

    private Person load(Long id) {
        return people.findWithHistory(id).orElseThrow(() -> new BusinessException("error.notFound"));
    }

    private static PersonRecord toRecord(Person p, PersonalData.Scope scope) {
        boolean shown = personal(p, scope);
        return new PersonRecord(p.getId(), p.getFullName(), shown ? p.getGender() : null,
                shown ? p.getBirthYear() : null, p.getPosition() == null ? null : p.getPosition().getName(),
                p.getUnit().getId(), p.getUnit().getFullName(), shown ? p.isPartyMember() : null, p.isActive());
    }

    /** Whether the caller may see this person's gender, birth year and party membership. */
    private static boolean personal(Person p, PersonalData.Scope scope) {
        return scope.covers(p.getId(), p.getUnit().getId());
    }
}
