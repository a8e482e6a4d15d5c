package vn.tdkt.decision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.tdkt.base.domain.AbstractEntity;

/**
 * The last number given by one numbering in one period. Read with a pessimistic lock inside
 * the issuing transaction: a second issuer waits, and a rolled-back issue gives its number back.
 */
@Entity
@Table(name = "dc_number_counter")
public class NumberCounter extends AbstractEntity {

    @Column(name = "numbering_id", nullable = false)
    private Long numberingId;

    @Column(name = "period_key", nullable = false, length = 24)
    private String periodKey;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected NumberCounter() {
    }

    public NumberCounter(Long numberingId, String periodKey) {
        this.numberingId = numberingId;
        this.periodKey = periodKey;
    }

    public Long getNumberingId() {
        return numberingId;
    }

    public String getPeriodKey() {
        return periodKey;
    }

    public int getLastNumber() {
        return lastNumber;
    }

    public void setLastNumber(int lastNumber) {
        this.lastNumber = lastNumber;
    }
}
