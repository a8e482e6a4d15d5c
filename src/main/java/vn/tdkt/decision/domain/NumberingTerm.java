package vn.tdkt.decision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.tdkt.base.domain.AbstractEntity;

/** A party-committee term (nhiệm kỳ) within which an issuer numbers its party-style documents from 01. */
@Entity
@Table(name = "dc_numbering_term")
public class NumberingTerm extends AbstractEntity {

    @Column(name = "issuer_unit_id", nullable = false)
    private Long issuerUnitId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    protected NumberingTerm() {
    }

    public NumberingTerm(Long issuerUnitId) {
        this.issuerUnitId = issuerUnitId;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    public Long getIssuerUnitId() {
        return issuerUnitId;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void set(String name, LocalDate startsOn, LocalDate endsOn) {
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }
}
