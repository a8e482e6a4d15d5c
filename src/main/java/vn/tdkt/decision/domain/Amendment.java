package vn.tdkt.decision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.tdkt.base.domain.AbstractEntity;

/** A visible correction of a recorded decision: why, on which document, and what changed. */
@Entity
@Table(name = "dc_amendment")
public class Amendment extends AbstractEntity {

    @Column(name = "decision_id", nullable = false)
    private Long decisionId;

    @Column(name = "amended_on", nullable = false)
    private LocalDate amendedOn;

    @Column(name = "doc_number", length = 60)
    private String docNumber;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(nullable = false, length = 4000)
    private String changes;

    protected Amendment() {
    }

    public Amendment(Long decisionId, LocalDate amendedOn, String docNumber, String reason, String changes) {
        this.decisionId = decisionId;
        this.amendedOn = amendedOn;
        this.docNumber = docNumber;
        this.reason = reason;
        this.changes = changes.length() > 4000 ? changes.substring(0, 3997) + "..." : changes;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public LocalDate getAmendedOn() {
        return amendedOn;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public String getReason() {
        return reason;
    }

    public String getChanges() {
        return changes;
    }
}
