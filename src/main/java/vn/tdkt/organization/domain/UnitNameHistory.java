package vn.tdkt.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.tdkt.base.domain.AbstractEntity;

/** A name a unit carried before it was renamed; old decisions print the old name. */
@Entity
@Table(name = "org_unit_name_history")
public class UnitNameHistory extends AbstractEntity {

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(nullable = false, length = 255)
    private String name;

    @Column(name = "short_name", length = 100)
    private String shortName;

    /** The day the name stopped being used. */
    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    protected UnitNameHistory() {
    }

    public UnitNameHistory(Long unitId, String name, String shortName, LocalDate validUntil) {
        this.unitId = unitId;
        this.name = name;
        this.shortName = shortName;
        this.validUntil = validUntil;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }
}
