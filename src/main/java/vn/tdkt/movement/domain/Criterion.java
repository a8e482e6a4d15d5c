package vn.tdkt.movement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.tdkt.base.domain.AbstractEntity;

/** A tiêu chí of a movement, scored up to {@code maxPoints}. */
@Entity
@Table(name = "mv_criterion")
public class Criterion extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "movement_id", nullable = false)
    private Movement movement;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(name = "max_points", nullable = false)
    private int maxPoints;

    protected Criterion() {
    }

    Criterion(Movement movement, int sortOrder, String name, int maxPoints) {
        this.movement = movement;
        this.sortOrder = sortOrder;
        this.name = name;
        this.maxPoints = maxPoints;
    }

    void update(int newOrder, String newName, int newMax) {
        sortOrder = newOrder;
        name = newName;
        maxPoints = newMax;
    }

    public Movement getMovement() {
        return movement;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getName() {
        return name;
    }

    public int getMaxPoints() {
        return maxPoints;
    }
}
