package vn.tdkt.movement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.tdkt.base.domain.AbstractEntity;

/**
 * A bloc's scoring round for a movement and year: the pact, the scores (BlocScore), the
 * proposal of the leading unit for the flag. Once locked nothing changes. Every save of
 * any score bumps this row's version, so two people editing the sheet cannot overwrite
 * each other.
 */
@Entity
@Table(name = "mv_bloc_scoring")
public class BlocScoring extends AbstractEntity {

    @Column(name = "movement_id", nullable = false)
    private Long movementId;

    @Column(name = "bloc_id", nullable = false)
    private Long blocId;

    @Column(name = "emulation_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private boolean locked;

    @Column(name = "pact_file_id")
    private Long pactFileId;

    @Column(name = "proposed_unit_id")
    private Long proposedUnitId;

    @Column(name = "proposed_award_id")
    private Long proposedAwardId;

    /** Counts saves of the sheet; changing it makes every save move the @Version. */
    @Column(nullable = false)
    private int revision;

    protected BlocScoring() {
    }

    public BlocScoring(Long movementId, Long blocId, int year) {
        this.movementId = movementId;
        this.blocId = blocId;
        this.year = year;
    }

    public Long getMovementId() {
        return movementId;
    }

    public Long getBlocId() {
        return blocId;
    }

    public int getYear() {
        return year;
    }

    public void touch() {
        revision++;
    }

    public boolean isLocked() {
        return locked;
    }

    public void lock() {
        locked = true;
    }

    public Long getPactFileId() {
        return pactFileId;
    }

    public void setPactFileId(Long pactFileId) {
        this.pactFileId = pactFileId;
    }

    public Long getProposedUnitId() {
        return proposedUnitId;
    }

    public Long getProposedAwardId() {
        return proposedAwardId;
    }

    public void propose(Long unitId, Long awardTypeId) {
        this.proposedUnitId = unitId;
        this.proposedAwardId = awardTypeId;
    }
}
