package vn.tdkt.movement.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tdkt.base.domain.AbstractEntity;
import vn.tdkt.base.domain.VietnameseText;

/**
 * A phong trào thi đua. Units and award types of other features are referenced by id: a
 * feature only reaches another through its service.
 */
@Entity
@Table(name = "mv_movement")
public class Movement extends AbstractEntity {

    @Column(nullable = false, length = 255)
    private String name;

    @Column(name = "name_folded", nullable = false, length = 255)
    private String nameFolded;

    @Column(length = 500)
    private String slogan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MovementKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MovementStatus status = MovementStatus.DRAFT;

    @Column(name = "launching_unit_id", nullable = false)
    private Long launchingUnitId;

    @Column(name = "launch_doc_number", length = 60)
    private String launchDocNumber;

    @Column(name = "launch_doc_date")
    private LocalDate launchDocDate;

    @Column(name = "plan_file_id")
    private Long planFileId;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "target_groups", length = 1000)
    private String targetGroups;

    @Column(name = "max_score", nullable = false)
    private int maxScore;

    @ElementCollection
    @CollectionTable(name = "mv_movement_scope", joinColumns = @JoinColumn(name = "movement_id"))
    @Column(name = "unit_id")
    private Set<Long> scopeUnitIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "mv_movement_award", joinColumns = @JoinColumn(name = "movement_id"))
    @Column(name = "award_type_id")
    private Set<Long> awardTypeIds = new HashSet<>();

    @OneToMany(mappedBy = "movement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Criterion> criteria = new ArrayList<>();

    @OneToMany(mappedBy = "movement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("happenedOn, id")
    private List<Transition> transitions = new ArrayList<>();

    protected Movement() {
    }

    public Movement(String name, MovementKind kind, Long launchingUnitId) {
        this.name = name;
        this.kind = kind;
        this.launchingUnitId = launchingUnitId;
    }

    @PrePersist
    @PreUpdate
    void fold() {
        nameFolded = VietnameseText.fold(name + (slogan == null ? "" : " " + slogan));
    }

    public void moveTo(MovementStatus to, LocalDate on, String note, Long reportFileId) {
        transitions.add(new Transition(this, status, to, on, note, reportFileId));
        status = to;
    }

    /** Replaces the criteria, keeping the rows (and their scores) of criteria that stay. */
    public void replaceCriteria(List<Long> ids, List<String> names, List<Integer> maxPoints) {
        List<Criterion> kept = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Long id = ids.get(i);
            Criterion existing = id == null ? null
                    : criteria.stream().filter(c -> id.equals(c.getId())).findFirst().orElse(null);
            if (existing == null) {
                existing = new Criterion(this, i + 1, names.get(i), maxPoints.get(i));
            } else {
                existing.update(i + 1, names.get(i), maxPoints.get(i));
            }
            kept.add(existing);
        }
        criteria.clear();
        criteria.addAll(kept);
    }

    public int criteriaTotal() {
        return criteria.stream().mapToInt(Criterion::getMaxPoints).sum();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlogan() {
        return slogan;
    }

    public void setSlogan(String slogan) {
        this.slogan = slogan;
    }

    public MovementKind getKind() {
        return kind;
    }

    public void setKind(MovementKind kind) {
        this.kind = kind;
    }

    public MovementStatus getStatus() {
        return status;
    }

    public Long getLaunchingUnitId() {
        return launchingUnitId;
    }

    public void setLaunchingUnitId(Long launchingUnitId) {
        this.launchingUnitId = launchingUnitId;
    }

    public String getLaunchDocNumber() {
        return launchDocNumber;
    }

    public void setLaunchDocNumber(String launchDocNumber) {
        this.launchDocNumber = launchDocNumber;
    }

    public LocalDate getLaunchDocDate() {
        return launchDocDate;
    }

    public void setLaunchDocDate(LocalDate launchDocDate) {
        this.launchDocDate = launchDocDate;
    }

    public Long getPlanFileId() {
        return planFileId;
    }

    public void setPlanFileId(Long planFileId) {
        this.planFileId = planFileId;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriod(LocalDate from, LocalDate to) {
        this.periodFrom = from;
        this.periodTo = to;
    }

    public String getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(String targetGroups) {
        this.targetGroups = targetGroups;
    }

    public int getMaxScore() {
        return maxScore;
    }

    public void setMaxScore(int maxScore) {
        this.maxScore = maxScore;
    }

    public Set<Long> getScopeUnitIds() {
        return Set.copyOf(scopeUnitIds);
    }

    public void setScopeUnitIds(Set<Long> ids) {
        scopeUnitIds.clear();
        scopeUnitIds.addAll(ids);
    }

    public Set<Long> getAwardTypeIds() {
        return Set.copyOf(awardTypeIds);
    }

    public void setAwardTypeIds(Set<Long> ids) {
        awardTypeIds.clear();
        awardTypeIds.addAll(ids);
    }

    public List<Criterion> getCriteria() {
        return List.copyOf(criteria);
    }

    public List<Transition> getTransitions() {
        return List.copyOf(transitions);
    }

    public boolean covers(int year) {
        return periodFrom.getYear() <= year && year <= periodTo.getYear();
    }
}
