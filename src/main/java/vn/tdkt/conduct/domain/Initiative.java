package vn.tdkt.conduct.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.tdkt.base.domain.AbstractEntity;

/** A person's recognised initiative or accepted research topic, with the level that recognised it. */
@Entity
@Table(name = "cd_initiative")
public class Initiative extends AbstractEntity {

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InitiativeKind kind;

    @Column(nullable = false, length = 500)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "recognition_level", nullable = false, length = 20)
    private InitiativeLevel level;

    @Column(name = "recognised_on", nullable = false)
    private LocalDate recognisedOn;

    @Column(name = "document_number", length = 60)
    private String documentNumber;

    @Column(length = 1000)
    private String note;

    protected Initiative() {
    }

    public Initiative(Long personId) {
        this.personId = personId;
    }

    public Long getPersonId() {
        return personId;
    }

    public InitiativeKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public InitiativeLevel getLevel() {
        return level;
    }

    public LocalDate getRecognisedOn() {
        return recognisedOn;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getNote() {
        return note;
    }

    public void set(InitiativeKind kind, String title, InitiativeLevel level, LocalDate recognisedOn,
            String documentNumber, String note) {
        this.kind = kind;
        this.title = title;
        this.level = level;
        this.recognisedOn = recognisedOn;
        this.documentNumber = documentNumber;
        this.note = note;
    }
}
