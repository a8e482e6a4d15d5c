package vn.tdkt.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import vn.tdkt.base.domain.AbstractEntity;
import vn.tdkt.base.domain.VietnameseText;

/** An emulation title or a form of commendation in the catalogue. */
@Entity
@Table(name = "cat_award_type")
public class AwardType extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 30)
    private String code;

    @Column(nullable = false, length = 255)
    private String name;

    @Column(name = "name_folded", nullable = false, length = 255)
    private String nameFolded;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AwardCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false, length = 20)
    private RecipientKind recipientKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AwardLevel level;

    @Column(name = "conferring_authority", length = 255)
    private String conferringAuthority;

    /** Order on honour boards and in decisions: flags and Bằng khen come first. */
    @Column(nullable = false)
    private int precedence;

    @Column(nullable = false)
    private boolean active = true;

    /** A unit rule: no proposal for this award without a registration at the start of the year. */
    @Column(name = "requires_registration", nullable = false)
    private boolean requiresRegistration;

    @Column(length = 1000)
    private String description;

    protected AwardType() {
    }

    public AwardType(String code, String name, AwardCategory category, RecipientKind recipientKind, AwardLevel level) {
        this.code = code;
        this.name = name;
        this.category = category;
        this.recipientKind = recipientKind;
        this.level = level;
    }

    @PrePersist
    @PreUpdate
    void fold() {
        nameFolded = VietnameseText.fold(name + " " + code);
    }

    public String getNameFolded() {
        return nameFolded;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AwardCategory getCategory() {
        return category;
    }

    public void setCategory(AwardCategory category) {
        this.category = category;
    }

    public RecipientKind getRecipientKind() {
        return recipientKind;
    }

    public void setRecipientKind(RecipientKind recipientKind) {
        this.recipientKind = recipientKind;
    }

    public AwardLevel getLevel() {
        return level;
    }

    public void setLevel(AwardLevel level) {
        this.level = level;
    }

    public String getConferringAuthority() {
        return conferringAuthority;
    }

    public void setConferringAuthority(String conferringAuthority) {
        this.conferringAuthority = conferringAuthority;
    }

    public int getPrecedence() {
        return precedence;
    }

    public void setPrecedence(int precedence) {
        this.precedence = precedence;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isRequiresRegistration() {
        return requiresRegistration;
    }

    public void setRequiresRegistration(boolean requiresRegistration) {
        this.requiresRegistration = requiresRegistration;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
