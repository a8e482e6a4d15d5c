package vn.tdkt.nomination.domain;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tdkt.base.domain.AbstractEntity;
import vn.tdkt.base.domain.VietnameseText;

/**
 * A đợt xét khen thưởng. Units, award types and the movement belong to other features and
 * are referenced by id: a feature reaches another only through its service.
 */
@Entity
@Table(name = "nm_round")
public class AwardRound extends AbstractEntity {

    @Column(nullable = false, length = 255)
    private String name;

    @Column(name = "name_folded", nullable = false, length = 255)
    private String nameFolded;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RoundKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RoundStatus status = RoundStatus.OPEN;

    @Column(name = "year_from", nullable = false)
    private int yearFrom;

    @Column(name = "year_to", nullable = false)
    private int yearTo;

    @Column(name = "movement_id")
    private Long movementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "deciding_body", nullable = false, length = 20)
    private DecidingBody decidingBody;

    @Column(name = "higher_body_unit_id")
    private Long higherBodyUnitId;

    @Column(name = "office_unit_id", nullable = false)
    private Long officeUnitId;

    @Column(name = "submission_deadline", nullable = false)
    private LocalDate submissionDeadline;

    @Column(name = "review_deadline", nullable = false)
    private LocalDate reviewDeadline;

    @Column(name = "publication_from")
    private LocalDate publicationFrom;

    @Column(name = "publication_to")
    private LocalDate publicationTo;

    @ElementCollection
    @CollectionTable(name = "nm_round_award", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "award_type_id")
    private Set<Long> awardTypeIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "nm_round_scope", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "unit_id")
    private Set<Long> scopeUnitIds = new HashSet<>();

    @OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("happenedAt, id")
    private List<RoundTransition> transitions = new ArrayList<>();

    protected AwardRound() {
    }

    public AwardRound(String name, RoundKind kind, Long officeUnitId) {
        this.name = name;
        this.kind = kind;
        this.officeUnitId = officeUnitId;
    }

    @PrePersist
    @PreUpdate
    void fold() {
        nameFolded = VietnameseText.fold(name);
    }

    public void moveTo(RoundStatus to, Instant at, String note) {
        transitions.add(new RoundTransition(this, status, to, at, note));
        status = to;
    }

    /** Still receiving dossiers on {@code date}: open, and the submission deadline not passed. */
    public boolean receivesOn(LocalDate date) {
        return status == RoundStatus.OPEN && !date.isAfter(submissionDeadline);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public RoundKind getKind() {
        return kind;
    }

    public void setKind(RoundKind kind) {
        this.kind = kind;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public int getYearFrom() {
        return yearFrom;
    }

    public int getYearTo() {
        return yearTo;
    }

    public void setYears(int from, int to) {
        this.yearFrom = from;
        this.yearTo = to;
    }

    public Long getMovementId() {
        return movementId;
    }

    public void setMovementId(Long movementId) {
        this.movementId = movementId;
    }

    public DecidingBody getDecidingBody() {
        return decidingBody;
    }

    public Long getHigherBodyUnitId() {
        return higherBodyUnitId;
    }

    public void setDecidingBody(DecidingBody body, Long higherBodyUnitId) {
        this.decidingBody = body;
        this.higherBodyUnitId = body == DecidingBody.HIGHER_BODY ? higherBodyUnitId : null;
    }

    public Long getOfficeUnitId() {
        return officeUnitId;
    }

    public void setOfficeUnitId(Long officeUnitId) {
        this.officeUnitId = officeUnitId;
    }

    public LocalDate getSubmissionDeadline() {
        return submissionDeadline;
    }

    public LocalDate getReviewDeadline() {
        return reviewDeadline;
    }

    public LocalDate getPublicationFrom() {
        return publicationFrom;
    }

    public LocalDate getPublicationTo() {
        return publicationTo;
    }

    public void setDates(LocalDate submission, LocalDate review, LocalDate publishFrom, LocalDate publishTo) {
        this.submissionDeadline = submission;
        this.reviewDeadline = review;
        this.publicationFrom = publishFrom;
        this.publicationTo = publishTo;
    }

    public Set<Long> getAwardTypeIds() {
        return Set.copyOf(awardTypeIds);
    }

    public void setAwardTypeIds(Set<Long> ids) {
        awardTypeIds.clear();
        awardTypeIds.addAll(ids);
    }

    public Set<Long> getScopeUnitIds() {
        return Set.copyOf(scopeUnitIds);
    }

    public void setScopeUnitIds(Set<Long> ids) {
        scopeUnitIds.clear();
        scopeUnitIds.addAll(ids);
    }

    public List<RoundTransition> getTransitions() {
        return List.copyOf(transitions);
    }
}
