package vn.tdkt.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import vn.tdkt.base.domain.AbstractEntity;
import vn.tdkt.base.domain.VietnameseText;

/** A khối / cụm thi đua; its members and leader change per year ({@link BlocYear}). */
@Entity
@Table(name = "org_bloc")
public class EmulationBloc extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 30)
    private String code;

    @Column(nullable = false, length = 255)
    private String name;

    @Column(name = "name_folded", nullable = false, length = 255)
    private String nameFolded;

    @Column(length = 1000)
    private String description;

    @Column(nullable = false)
    private boolean active = true;

    protected EmulationBloc() {
    }

    public EmulationBloc(String code, String name) {
        this.code = code;
        this.name = name;
    }

    @PrePersist
    @PreUpdate
    void fold() {
        nameFolded = VietnameseText.fold(name + " " + code);
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
