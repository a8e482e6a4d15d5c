package vn.tdkt.organization.service;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.base.domain.Role;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.organization.domain.PersonRepository;
import vn.tdkt.organization.domain.Unit;
import vn.tdkt.organization.domain.UnitRepository;

/**
 * The read model of personal data (ASVS V8.2): whose personal details — gender, birth year,
 * party membership, yearly ratings, conduct records — the caller may see. Everyone logged in
 * sees who a person is (name, unit, position) and the awards register; the personal rest only
 * the administrator, the secretary and the council's members (who judge the dossiers), the unit
 * officer of the person's current unit or of a unit above it, and the person themselves (the
 * account linked to them). Services mask these fields in lists and refuse a page that is
 * personal as a whole; see SECURITY.md.
 */
@Service
@Transactional(readOnly = true)
public class PersonalData {

    private final PersonRepository people;
    private final UnitRepository units;

    PersonalData(PersonRepository people, UnitRepository units) {
        this.people = people;
        this.units = units;
    }

    /**
     * What the caller may see: {@code everyone} for the organisers and the council; otherwise
     * their own person (null when no account link) and, for a unit officer, the people working
     * in their unit and its sub-units ({@code unitIds}, empty for others).
     */
    public record Scope(boolean everyone, Long ownPersonId, Set<Long> unitIds) {

        /** {@code currentUnitId}: the unit the person works in now. */
        public boolean covers(Long personId, Long currentUnitId) {
            return everyone || personId != null && personId.equals(ownPersonId)
                    || currentUnitId != null && unitIds.contains(currentUnitId);
        }

        /** No one's personal details but perhaps one's own: lists hide the personal columns. */
        public boolean noneButOwn() {
            return !everyone && unitIds.isEmpty();
        }
    }

    @Access.Authenticated
    public Scope scope() {
        Long own = CurrentUser.personId().orElse(null);
        if (CurrentUser.organiser() || CurrentUser.hasRole(Role.COUNCIL_MEMBER)) {
            return new Scope(true, own, Set.of());
        }
        Long unit = CurrentUser.hasRole(Role.UNIT_OFFICER) ? CurrentUser.unitId().orElse(null) : null;
        if (unit == null) {
            return new Scope(false, own, Set.of());
        }
        Set<Long> subtree = units.findById(unit)
                .map(u -> units.findByPathStartingWith(u.getPath()).stream().map(Unit::getId)
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
        return new Scope(false, own, subtree);
    }

    /** Whether the caller may see this person's personal details. */
    @Access.Authenticated
    public boolean maySee(Long personId) {
        return !visibleAmong(List.of(personId)).isEmpty();
    }

    /** Of these people, those whose personal details the caller may see (one query for an officer). */
    @Access.Authenticated
    public Set<Long> visibleAmong(Collection<Long> personIds) {
        Scope scope = scope();
        Set<Long> ids = personIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (scope.everyone() || ids.isEmpty()) {
            return ids;
        }
        Set<Long> visible = new HashSet<>();
        if (scope.ownPersonId() != null && ids.contains(scope.ownPersonId())) {
            visible.add(scope.ownPersonId());
        }
        if (!scope.unitIds().isEmpty()) {
            visible.addAll(people.findIdsInUnits(ids, scope.unitIds()));
        }
        return visible;
    }

    /** Refuses unless the caller may see the personal details of every one of these people. */
    @Access.Authenticated
    public void assertMaySeeAll(Collection<Long> personIds) {
        Set<Long> ids = personIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (!visibleAmong(ids).containsAll(ids)) {
            throw new AccessDeniedException("Personal data of people outside the caller's unit");
        }
    }
}
