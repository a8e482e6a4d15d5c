package vn.tdkt.organization.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tdkt.base.domain.AbstractEntity;
import vn.tdkt.base.domain.VietnameseText;

/**
 * A person (cán bộ, công chức). The current unit and position are kept on the row for
 * fast lists; {@link PersonAssignment}s keep where the person worked at any earlier date.
 */
@Entity
@Table(name = "org_person")
public class Person extends AbstractEntity {

    @Column(name = "full_name", nullable = false, length = 150)
    private String fullName;

    @Column(name = "name_folded", nullable = false, length = 150)
    private String nameFolded;

    @Column(name = "sort_key", nullable = false, length = 400)
    private String sortKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Gender gender;

    @Column(name = "birth_year")
    private Integer birthYear;

    @Column(name = "party_member", nullable = false)
    private boolean partyMember;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "position_id")
    private Position position;

    @Column(name = "active_from")
    private LocalDate activeFrom;

    /** Set when the person leaves the office (retired, moved out); null while working. */
    @Column(name = "active_to")
    private LocalDate activeTo;

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fromDate")
    private List<PersonAssignment> assignments = new ArrayList<>();

    protected Person() {
    }

    public Person(String fullName, Gender gender, Unit unit, Position position, LocalDate from) {
        this.fullName = fullName;
        this.gender = gender;
        this.unit = unit;
        this.position = position;
        this.activeFrom = from;
        assignments.add(new PersonAssignment(this, unit, position, from));
    }

    @PrePersist
    @PreUpdate
    void index() {
        nameFolded = VietnameseText.fold(fullName);
        sortKey = VietnameseText.personSortKey(fullName);
    }

    /**
     * Moves the person to another unit or position from {@code date}; the current
     * assignment closes the day before, so history keeps the unit at the time.
     */
    public void assign(Unit newUnit, Position newPosition, LocalDate date) {
        PersonAssignment current = currentAssignment().orElse(null);
        if (current != null && current.getFromDate() != null && !date.isAfter(current.getFromDate())) {
            // Same-day correction: fix the open assignment instead of creating a zero-length one.
            current.correct(newUnit, newPosition);
        } else {
            if (current != null) {
                current.close(date.minusDays(1));
            }
            assignments.add(new PersonAssignment(this, newUnit, newPosition, date));
        }
        this.unit = newUnit;
        this.position = newPosition;
    }

    public Optional<PersonAssignment> currentAssignment() {
        return assignments.stream().filter(a -> a.getToDate() == null).reduce((a, b) -> b);
    }

    public Optional<PersonAssignment> assignmentOn(LocalDate date) {
        return assignments.stream().filter(a -> a.covers(date)).reduce((a, b) -> b);
    }

    public void leave(LocalDate date) {
        activeTo = date;
        currentAssignment().ifPresent(a -> a.close(date));
    }

    public void rejoin() {
        activeTo = null;
        assignments.stream().reduce((a, b) -> b).ifPresent(PersonAssignment::reopen);
    }

    public boolean isActive() {
        return activeTo == null;
    }

    public String getFullName() {
        return fullName;
    }

    public String getNameFolded() {
        return nameFolded;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getSortKey() {
        return sortKey;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public boolean isPartyMember() {
        return partyMember;
    }

    public void setPartyMember(boolean partyMember) {
        this.partyMember = partyMember;
    }

    public Unit getUnit() {
        return unit;
    }

    public Position getPosition() {
        return position;
    }

    public LocalDate getActiveFrom() {
        return activeFrom;
    }

    public void setActiveFrom(LocalDate activeFrom) {
        this.activeFrom = activeFrom;
    }

    public LocalDate getActiveTo() {
        return activeTo;
    }

    public List<PersonAssignment> getAssignments() {
        return List.copyOf(assignments);
    }
}
