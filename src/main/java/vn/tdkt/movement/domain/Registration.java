package vn.tdkt.movement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.tdkt.base.domain.AbstractEntity;

/**
 * Đăng ký thi đua: a unit (person null) or one of its people aims for a title in a year.
 * {@code subjectKey} ("U12" / "P345") makes "one registration per subject and year" a
 * unique key on every database, where a nullable column would not.
 */
@Entity
@Table(name = "mv_registration")
public class Registration extends AbstractEntity {

    @Column(name = "movement_id", nullable = false)
    private Long movementId;

    @Column(name = "emulation_year", nullable = false)
    private int year;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "subject_key", nullable = false, length = 30)
    private String subjectKey;

    @Column(name = "award_type_id", nullable = false)
    private Long awardTypeId;

    protected Registration() {
    }

    public Registration(Long movementId, int year, Long unitId, Long personId, Long awardTypeId) {
        this.movementId = movementId;
        this.year = year;
        this.unitId = unitId;
        this.personId = personId;
        this.subjectKey = subjectKey(unitId, personId);
        this.awardTypeId = awardTypeId;
    }

    public static String subjectKey(Long unitId, Long personId) {
        return personId == null ? "U" + unitId : "P" + personId;
    }

    public Long getMovementId() {
        return movementId;
    }

    public int getYear() {
        return year;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getAwardTypeId() {
        return awardTypeId;
    }

    public void setAwardTypeId(Long awardTypeId) {
        this.awardTypeId = awardTypeId;
    }
}
