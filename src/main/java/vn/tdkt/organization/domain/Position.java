package vn.tdkt.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.tdkt.base.domain.AbstractEntity;

/** A position (chức vụ). Official lists follow rank: lower rank number comes first. */
@Entity
@Table(name = "org_position")
public class Position extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 150)
    private String name;

    @Column(name = "rank_order", nullable = false)
    private int rank;

    @Column(nullable = false)
    private boolean active = true;

    protected Position() {
    }

    public Position(String name, int rank) {
        this.name = name;
        this.rank = rank;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getRank() {
        return rank;
    }

    public void setRank(int rank) {
        this.rank = rank;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
