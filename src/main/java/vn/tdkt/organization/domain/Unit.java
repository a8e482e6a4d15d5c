package vn.tdkt.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.tdkt.base.domain.AbstractEntity;
import vn.tdkt.base.domain.VietnameseText;

/**
 * A unit (đơn vị) in the organisation tree. {@code path} is the chain of ids from the root
 * ("/1/5/12/") so that a unit's whole subtree is one indexed prefix query.
 */
@Entity
@Table(name = "org_unit")
public class Unit extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 30)
    private String code;

    @Column(nullable = false, length = 255)
    private String name;

    @Column(name = "short_name", length = 100)
    private String shortName;

    @Column(name = "name_folded", nullable = false, length = 255)
    private String nameFolded;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    @Column(nullable = false, length = 500)
    private String path = "/";

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UnitStatus status = UnitStatus.ACTIVE;

    @Column(name = "status_date")
    private LocalDate statusDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Unit mergedInto;

    @Column(length = 1000)
    private String note;

    protected Unit() {
    }

    public Unit(String code, String name, UnitKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    /** The search column holds the full name people know, e.g. with the parent office for a phòng. */
    @PrePersist
    @PreUpdate
    public void reindex() {
        String folded = VietnameseText.fold(getFullName() + (shortName == null ? "" : " " + shortName) + " " + code);
        // The column holds 255 characters; the start is what people type.
        nameFolded = folded.length() <= 255 ? folded : folded.substring(0, 255);
    }

    /** Full name of a collective, e.g. "Phòng Tổng hợp, Văn phòng Tỉnh ủy Quảng Trị". */
    public String getFullName() {
        return kind.namedWithParent() && parent != null ? name + ", " + parent.getName() : name;
    }

    public boolean isAncestorOf(Unit other) {
        return other != null && getId() != null && other.getPath().startsWith(path) && !other.equals(this);
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

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    public Unit getParent() {
        return parent;
    }

    public void setParent(Unit parent) {
        this.parent = parent;
    }

    public String getPath() {
        return path;
    }

    /** Recomputes the path from the parent's; the id must be assigned already. */
    public void updatePath() {
        path = (parent == null ? "/" : parent.getPath()) + getId() + "/";
    }

    public void replacePathPrefix(String oldPrefix, String newPrefix) {
        path = newPrefix + path.substring(oldPrefix.length());
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public UnitStatus getStatus() {
        return status;
    }

    public LocalDate getStatusDate() {
        return statusDate;
    }

    public Unit getMergedInto() {
        return mergedInto;
    }

    public void changeStatus(UnitStatus newStatus, LocalDate date, Unit into) {
        this.status = newStatus;
        this.statusDate = newStatus == UnitStatus.ACTIVE ? null : date;
        this.mergedInto = newStatus == UnitStatus.MERGED ? into : null;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
