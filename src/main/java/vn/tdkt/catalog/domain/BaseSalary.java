package vn.tdkt.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.tdkt.base.domain.AbstractEntity;

/** Lương cơ sở in force from a date; award money is a coefficient times this amount. */
@Entity
@Table(name = "cat_base_salary")
public class BaseSalary extends AbstractEntity {

    @Column(name = "effective_from", nullable = false, unique = true)
    private LocalDate effectiveFrom;

    @Column(nullable = false, precision = 15, scale = 0)
    private BigDecimal amount;

    @Column(name = "legal_basis", length = 500)
    private String legalBasis;

    /** False while the figure is only reported, not yet in a published decree. */
    @Column(nullable = false)
    private boolean confirmed = true;

    protected BaseSalary() {
    }

    public BaseSalary(LocalDate effectiveFrom, BigDecimal amount) {
        this.effectiveFrom = effectiveFrom;
        this.amount = amount;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
