package vn.tdkt.nomination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A record picked as evidence, with its label as it read when picked. */
@Embeddable
public class Evidence {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private EvidenceKind kind;

    @Column(name = "ref_id", nullable = false)
    private Long refId;

    @Column(nullable = false, length = 500)
    private String label;

    protected Evidence() {
    }

    public Evidence(EvidenceKind kind, Long refId, String label) {
        this.kind = kind;
        this.refId = refId;
        this.label = label;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public Long getRefId() {
        return refId;
    }

    public String getLabel() {
        return label;
    }
}
