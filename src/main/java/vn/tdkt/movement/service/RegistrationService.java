package vn.tdkt.movement.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.AuditText;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Checks;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.service.StaleDataException;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.Registration;
import vn.tdkt.movement.domain.RegistrationRepository;
import vn.tdkt.movement.domain.RegistrationWindow;
import vn.tdkt.movement.domain.RegistrationWindowRepository;
import vn.tdkt.organization.service.PersonService.StaffMember;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.organization.service.UnitService;

/**
 * Đăng ký thi đua. A unit officer registers their own unit and its people while the
 * window is open; the secretary opens and closes windows, follows completeness and exports
 * the list.
 */
@Service
@Transactional(readOnly = true)
public class RegistrationService {

    static final String ENTITY = "Registration";

    private final MovementService movements;
    private final RegistrationRepository registrations;
    private final RegistrationWindowRepository windows;
    private final UnitService units;
    private final PersonService people;
    private final AwardTypeService awardTypes;
    private final AuditService audit;
    private final Clock clock;

    public RegistrationService(MovementService movements, RegistrationRepository registrations,
            RegistrationWindowRepository windows, UnitService units, PersonService people,
            AwardTypeService awardTypes, AuditService audit, Clock clock) {
        this.movements = movements;
        this.registrations = registrations;
        this.windows = windows;
        this.units = units;
        this.people = people;
        this.awardTypes = awardTypes;
        this.audit = audit;
        this.clock = clock;
    }

    public record WindowRecord(Long id, long version, int year, LocalDate deadline, boolean open,
            boolean acceptingToday) {
    }

    /** A registration window that accepts today, for a unit within the movement's scope. */
    public record OpenWindow(Long movementId, String movementName, int year, LocalDate deadline) {
    }

    /** The registrations a unit may make today: open windows of movements whose scope holds the unit. */
    @Access.Authenticated
    public List<OpenWindow> openFor(Long unitId) {
        LocalDate today = LocalDate.now(clock);
        String path = units.pathOf(Checks.required(unitId, "unit"));
        return windows.findByOpenTrueAndDeadlineGreaterThanEqualOrderByDeadline(today).stream()
                .filter(w -> w.getMovement().getScopeUnitIds().stream().anyMatch(s -> path.startsWith(units.pathOf(s))))
                .map(w -> new OpenWindow(w.getMovement().getId(), w.getMovement().getName(), w.getYear(),
                        w.getDeadline()))
                .toList();
    }

    public record AwardOption(Long id, String name) {
    }

    public record SheetRow(Long personId, String fullName, String positionName, Long awardTypeId,
            String awardName) {
    }

    /** What a unit officer sees: the unit's own registration and one row per person. */
    public record UnitSheet(Long movementId, String movementName, int year, Long unitId, String unitName,
            WindowRecord window, Long collectiveAwardTypeId, List<SheetRow> people,
            List<AwardOption> collectiveTitles, List<AwardOption> individualTitles, boolean editable) {
    }

    public record CompletenessRow(Long unitId, String unitName, boolean collectiveRegistered, int staff,
            int registered) {

        public boolean complete() {
            return collectiveRegistered && registered >= staff;
        }
    }

    @Access.Authenticated
    public WindowRecord window(Long movementId, int year) {
        return windows.findByMovementIdAndYear(movementId, year).map(this::toRecord).orElse(null);
    }

    /** Opens (or closes) registration for a year with its deadline. */
    @Access.Secretary
    @Transactional
    public WindowRecord setWindow(Long movementId, int year, long version, LocalDate deadline, boolean open) {
        Movement m = movements.load(movementId);
        if (!m.covers(year)) {
            throw BusinessException.onField("year", "error.registration.yearOutsidePeriod", year);
        }
        if (open && !m.getStatus().isRunning()) {
            throw new BusinessException("error.registration.movementNotRunning");
        }
        RegistrationWindow window = windows.findByMovementIdAndYear(movementId, year)
                .orElseGet(() -> new RegistrationWindow(m, year));
        if (window.getId() != null) {
            StaleDataException.check(version, window.getVersion());
        }
        window.setDeadline(Checks.required(deadline, "deadline"));
        window.setOpen(open);
        windows.saveAndFlush(window);
        audit.record(MovementService.ENTITY, movementId, open ? "REGISTRATION_OPEN" : "REGISTRATION_CLOSE",
                "Năm " + year + ", hạn " + AuditText.of(deadline));
        return toRecord(window);
    }

    @Access.UnitOfficer
    public UnitSheet unitSheet(Long movementId, int year, Long unitId) {
        assertMayRegisterFor(unitId);
        Movement m = movements.load(movementId);
        assertInScope(m, unitId);
        List<AwardTypeRecord> awards = m.getAwardTypeIds().stream().map(awardTypes::get)
                .sorted(Comparator.comparingInt(AwardTypeRecord::precedence)).toList();
        Map<Long, String> awardNames = awards.stream()
                .collect(Collectors.toMap(AwardTypeRecord::id, AwardTypeRecord::name));
        Map<String, Registration> bySubject = registrations
                .findByMovementIdAndYearAndUnitIdIn(movementId, year, List.of(unitId)).stream()
                .collect(Collectors.toMap(r -> Registration.subjectKey(r.getUnitId(), r.getPersonId()),
                        Function.identity()));
        List<SheetRow> rows = people.staffOf(unitId).stream().map(p -> {
            Registration r = bySubject.get(Registration.subjectKey(unitId, p.personId()));
            return new SheetRow(p.personId(), p.fullName(), p.positionName(), r == null ? null : r.getAwardTypeId(),
                    r == null ? null : awardNames.get(r.getAwardTypeId()));
        }).toList();
        Registration collective = bySubject.get(Registration.subjectKey(unitId, null));
        WindowRecord window = window(movementId, year);
        return new UnitSheet(movementId, m.getName(), year, unitId, units.option(unitId).fullName(), window,
                collective == null ? null : collective.getAwardTypeId(), rows,
                options(awards, RecipientKind.COLLECTIVE), options(awards, RecipientKind.INDIVIDUAL),
                window != null && window.acceptingToday());
    }

    /** Who registered, as the trail names them: a person's name, or a unit's full name. */
    private String subject(Long unitId, Long personId) {
        return personId == null ? units.option(unitId).fullName() : people.get(personId).fullName();
    }

    /**
     * Registers a unit (personId null) or a person of it for a title, or withdraws the
     * registration (awardTypeId null).
     */
    @Access.UnitOfficer
    @Transactional
    public void register(Long movementId, int year, Long unitId, Long personId, Long awardTypeId) {
        assertMayRegisterFor(unitId);
        Movement m = movements.load(movementId);
        assertInScope(m, unitId);
        RegistrationWindow window = windows.findByMovementIdAndYear(movementId, year)
                .orElseThrow(() -> new BusinessException("error.registration.noWindow", year));
        if (!window.acceptsOn(LocalDate.now(clock))) {
            throw new BusinessException("error.registration.closed", window.getDeadline());
        }
        if (personId != null && !Objects.equals(people.currentUnitOf(personId), unitId)) {
            throw new BusinessException("error.registration.personNotInUnit");
        }
        if (awardTypeId != null) {
            if (!m.getAwardTypeIds().contains(awardTypeId)) {
                throw BusinessException.onField("awardType", "error.registration.awardNotInMovement");
            }
            AwardTypeRecord award = awardTypes.get(awardTypeId);
            RecipientKind subject = personId == null ? RecipientKind.COLLECTIVE : RecipientKind.INDIVIDUAL;
            if (!award.recipientKind().allows(subject)) {
                throw BusinessException.onField("awardType", personId == null
                        ? "error.registration.individualTitleForUnit" : "error.registration.collectiveTitleForPerson",
                        award.name());
            }
        }
        String key = Registration.subjectKey(unitId, personId);
        Registration existing = registrations.findByMovementIdAndYearAndSubjectKey(movementId, year, key)
                .orElse(null);
        if (awardTypeId == null) {
            if (existing != null) {
                registrations.delete(existing);
                audit.record(ENTITY, existing.getId(), "DELETE", subject(unitId, personId) + ", năm " + year);
            }
            return;
        }
        if (existing == null) {
            existing = registrations.saveAndFlush(new Registration(movementId, year, unitId, personId, awardTypeId));
            audit.record(ENTITY, existing.getId(), "CREATE", subject(unitId, personId) + ", năm " + year + ": "
                    + awardTypes.get(awardTypeId).name());
        } else if (!existing.getAwardTypeId().equals(awardTypeId)) {
            Long before = existing.getAwardTypeId();
            existing.setAwardTypeId(awardTypeId);
            registrations.flush();
            audit.record(ENTITY, existing.getId(), "UPDATE", subject(unitId, personId) + ", năm " + year + ": "
                    + awardTypes.get(before).name() + " → " + awardTypes.get(awardTypeId).name());
        }
    }

    /** Per unit of the movement's scope that has staff: who has registered and who has not. */
    @Access.Council
    public List<CompletenessRow> completeness(Long movementId, int year) {
        return unitStates(movements.load(movementId), year).stream()
                .map(u -> new CompletenessRow(u.unit().id(), u.unit().fullName(), u.collective() != null,
                        u.staff().size(), u.byPerson().size()))
                .filter(r -> r.staff() > 0 || r.collectiveRegistered()).toList();
    }

    /** The rows of the registration list: units in organisation order, people by rank. */
    @Access.Secretary
    public List<ListSection> list(Long movementId, int year) {
        Movement m = movements.load(movementId);
        Map<Long, String> awardNames = m.getAwardTypeIds().stream().map(awardTypes::get)
                .collect(Collectors.toMap(AwardTypeRecord::id, AwardTypeRecord::name));
        return unitStates(m, year).stream().map(u -> {
            List<SheetRow> rows = u.staff().stream().map(p -> {
                Registration r = u.byPerson().get(p.personId());
                return new SheetRow(p.personId(), p.fullName(), p.positionName(),
                        r == null ? null : r.getAwardTypeId(), r == null ? null : awardNames.get(r.getAwardTypeId()));
            }).toList();
            String collective = u.collective() == null ? null : awardNames.get(u.collective().getAwardTypeId());
            return new ListSection(u.unit().fullName(), collective, rows);
        }).filter(s -> s.collectiveTitle() != null || !s.people().isEmpty()).toList();
    }

    /** One unit of the scope with its staff and this year's registrations. */
    private record UnitState(UnitOption unit, List<StaffMember> staff, Registration collective,
            Map<Long, Registration> byPerson) {
    }

    /** The scope in organisation order, read with three queries whatever its size. */
    private List<UnitState> unitStates(Movement m, int year) {
        List<UnitOption> scope = units.subtree(m.getScopeUnitIds());
        Map<Long, List<Registration>> byUnit = registrations.findByMovementIdAndYear(m.getId(), year).stream()
                .collect(Collectors.groupingBy(Registration::getUnitId));
        Map<Long, List<StaffMember>> staffByUnit = people.staffOfUnits(scope.stream().map(UnitOption::id).toList());
        return scope.stream().map(u -> {
            List<Registration> ofUnit = byUnit.getOrDefault(u.id(), List.of());
            return new UnitState(u, staffByUnit.getOrDefault(u.id(), List.of()),
                    ofUnit.stream().filter(r -> r.getPersonId() == null).findFirst().orElse(null),
                    ofUnit.stream().filter(r -> r.getPersonId() != null)
                            .collect(Collectors.toMap(Registration::getPersonId, Function.identity())));
        }).toList();
    }

    public record ListSection(String unitName, String collectiveTitle, List<SheetRow> people) {
    }

    private void assertMayRegisterFor(Long unitId) {
        Checks.required(unitId, "unit");
        if (CurrentUser.organiser()) {
            return;
        }
        if (!Objects.equals(CurrentUser.unitId().orElse(null), unitId)) {
            throw new AccessDeniedException("A unit officer registers only their own unit");
        }
    }

    private void assertInScope(Movement m, Long unitId) {
        boolean inScope = m.getScopeUnitIds().stream().anyMatch(root -> units.isWithin(unitId, root));
        if (!inScope) {
            throw new BusinessException("error.registration.unitOutsideScope");
        }
    }

    private static List<AwardOption> options(List<AwardTypeRecord> awards, RecipientKind kind) {
        return awards.stream().filter(a -> a.recipientKind().allows(kind))
                .map(a -> new AwardOption(a.id(), a.name())).toList();
    }

    private WindowRecord toRecord(RegistrationWindow w) {
        return new WindowRecord(w.getId(), w.getVersion(), w.getYear(), w.getDeadline(), w.isOpen(),
                w.acceptsOn(LocalDate.now(clock)));
    }
}
