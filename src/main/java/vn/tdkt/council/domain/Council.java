package vn.tdkt.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.tdkt.base.domain.AbstractEntity;

/**
 * The council of one issuing office. The quorum is a fraction of all members in force on the
 * meeting date ({@code numerator/denominator}, 2/3 by default), exact so that "two thirds of 9"
 * means 6 and not a rounded percentage.
 */
@Entity
@Table(name = "cn_council")
public class Council extends AbstractEntity {

    @Column(name = "office_unit_id", nullable = false)
    private Long officeUnitId;

    @Column(nullable = false, length = 255)
    private String name;

    @Column(name = "quorum_numerator", nullable = false)
    private int quorumNumerator;

    @Column(name = "quorum_denominator", nullable = false)
    private int quorumDenominator;

    protected Council() {
    }

    public Council(Long officeUnitId) {
        this.officeUnitId = officeUnitId;
    }

    public Long getOfficeUnitId() {
        return officeUnitId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getQuorumNumerator() {
        return quorumNumerator;
    }

    public int getQuorumDenominator() {
        return quorumDenominator;
    }

    public void setQuorum(int numerator, int denominator) {
        this.quorumNumerator = numerator;
        this.quorumDenominator = denominator;
    }
}
