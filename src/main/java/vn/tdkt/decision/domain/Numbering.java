package vn.tdkt.decision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.tdkt.base.domain.AbstractEntity;

/**
 * How an issuer numbers one kind of its own documents: a pattern such as {@code {n}-QĐ/VPTU}
 * (party style, numbered within the party-committee term) or {@code {n}/QĐ-VPTU} (state style,
 * per calendar year). The style of the pattern decides the period, so that issuing and the
 * uniqueness of recorded numbers always agree.
 */
@Entity
@Table(name = "dc_numbering")
public class Numbering extends AbstractEntity {

    @Column(name = "issuer_unit_id", nullable = false)
    private Long issuerUnitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_kind", nullable = false, length = 20)
    private DocumentKind kind;

    @Column(nullable = false, length = 60)
    private String pattern;

    protected Numbering() {
    }

    public Numbering(Long issuerUnitId, DocumentKind kind) {
        this.issuerUnitId = issuerUnitId;
        this.kind = kind;
    }

    public Long getIssuerUnitId() {
        return issuerUnitId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }
}
