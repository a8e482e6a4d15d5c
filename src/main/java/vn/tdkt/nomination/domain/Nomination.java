package vn.tdkt.nomination.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.base.domain.AbstractEntity;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.nomination.domain.eligibility.Criterion;

/**
 * Hồ sơ đề nghị: one person or collective that a unit proposes for one award type in a round.
 * The round, units, people and award types are referenced by id.
 */
@Entity
@Table(name = "nm_nomination")
public class Nomination extends AbstractEntity {

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RecipientKind kind;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "recipient_unit_id")
    private Long recipientUnitId;

    /** {@code P<person>:<award type>} or {@code U<unit>:<award type>}: unique in a round. */
    @Column(name = "subject_key", nullable = false, length = 40)
    private String subjectKey;

    @Column(name = "recipient_name", nullable = false, length = 255)
    private String recipientName;

    @Column(name = "award_type_id", nullable = false)
    private Long awardTypeId;

    @Column(name = "achievement_year", nullable = false)
    private int achievementYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private NominationStatus status = NominationStatus.DRAFT;

    @Column(nullable = false)
    private int revision;

    @Column(length = 1000)
    private String summary;

    @Embedded
    private AchievementReport report;

    @Embedded
    private UnitMeeting meeting;

    @Column(name = "review_comment", length = 1000)
    private String reviewComment;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @ElementCollection
    @CollectionTable(name = "nm_nomination_evidence", joinColumns = @JoinColumn(name = "nomination_id"))
    private List<Evidence> evidence = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "nm_waiver", joinColumns = @JoinColumn(name = "nomination_id"))
    private List<GrantedWaiver> waivers = new ArrayList<>();

    @OneToMany(mappedBy = "nomination", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("happenedAt, id")
    private List<NominationStep> steps = new ArrayList<>();

    @OneToMany(mappedBy = "nomination", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("revision")
    private List<NominationRevision> revisions = new ArrayList<>();

    protected Nomination() {
    }

    public Nomination(Long roundId, Long unitId, RecipientKind kind, Long personId, Long recipientUnitId,
            String recipientName, Long awardTypeId, int achievementYear) {
        this.roundId = roundId;
        this.unitId = unitId;
        this.kind = kind;
        this.personId = personId;
        this.recipientUnitId = recipientUnitId;
        this.recipientName = recipientName;
        this.achievementYear = achievementYear;
        this.awardTypeId = awardTypeId;
        this.subjectKey = subjectKey(kind, personId, recipientUnitId, awardTypeId);
    }

    public static String subjectKey(RecipientKind kind, Long personId, Long recipientUnitId, Long awardTypeId) {
        return (kind == RecipientKind.INDIVIDUAL ? "P" + personId : "U" + recipientUnitId) + ":" + awardTypeId;
    }

    /** Moves one step and records it; the caller has checked that the step is allowed. */
    public void moveTo(NominationStatus to, Instant at, String actor, String comment) {
        steps.add(new NominationStep(this, status, to, at, actor, comment));
        if (to == NominationStatus.SUBMITTED) {
            revision++;
            submittedAt = at;
            revisions.add(new NominationRevision(this, at, actor));
        } else if (to == NominationStatus.RETURNED || to == NominationStatus.ACCEPTED
                || to == NominationStatus.REJECTED) {
            reviewedAt = at;
            reviewedBy = actor;
            reviewComment = comment;
        }
        status = to;
    }

    public void waive(Criterion criterion, String reason, String by, Instant at) {
        waivers.removeIf(w -> w.getCriterion() == criterion);
        waivers.add(new GrantedWaiver(criterion, reason, by, at));
    }

    public boolean unwaive(Criterion criterion) {
        return waivers.removeIf(w -> w.getCriterion() == criterion);
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public RecipientKind getKind() {
        return kind;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getRecipientUnitId() {
        return recipientUnitId;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public Long getAwardTypeId() {
        return awardTypeId;
    }

    public void setAwardTypeId(Long awardTypeId) {
        this.awardTypeId = awardTypeId;
        this.subjectKey = subjectKey(kind, personId, recipientUnitId, awardTypeId);
    }

    public int getAchievementYear() {
        return achievementYear;
    }

    public NominationStatus getStatus() {
        return status;
    }

    public int getRevision() {
        return revision;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public AchievementReport getReport() {
        return report == null ? AchievementReport.EMPTY : report;
    }

    public void setReport(AchievementReport report) {
        this.report = report;
    }

    public UnitMeeting getMeeting() {
        return meeting == null ? UnitMeeting.NONE : meeting;
    }

    public void setMeeting(UnitMeeting meeting) {
        this.meeting = meeting;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public List<Evidence> getEvidence() {
        return evidence;
    }

    public void setEvidence(List<Evidence> picked) {
        evidence.clear();
        evidence.addAll(picked);
    }

    public List<GrantedWaiver> getWaivers() {
        return waivers;
    }

    public List<NominationStep> getSteps() {
        return steps;
    }

    public List<NominationRevision> getRevisions() {
        return revisions;
    }
}
