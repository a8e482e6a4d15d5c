package vn.tdkt.nomination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** What the unit submitted the n-th time, kept as the secretary saw it. */
@Entity
@Immutable
@Table(name = "nm_nomination_revision")
public class NominationRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nomination_id")
    private Nomination nomination;

    @Column(nullable = false)
    private int revision;

    @Column(name = "award_type_id", nullable = false)
    private Long awardTypeId;

    @Column(length = 1000)
    private String summary;

    @Embedded
    private AchievementReport report;

    @Column(length = 2000)
    private String evidence;

    @Embedded
    private UnitMeeting meeting;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, length = 100)
    private String submittedBy;

    protected NominationRevision() {
    }

    NominationRevision(Nomination n, Instant at, String by) {
        this.nomination = n;
        this.revision = n.getRevision();
        this.awardTypeId = n.getAwardTypeId();
        this.summary = n.getSummary();
        this.report = n.getReport();
        this.evidence = String.join("; ", n.getEvidence().stream().map(Evidence::getLabel).toList());
        this.meeting = n.getMeeting();
        this.submittedAt = at;
        this.submittedBy = by;
    }

    public int getRevision() {
        return revision;
    }

    public Long getAwardTypeId() {
        return awardTypeId;
    }

    public String getSummary() {
        return summary;
    }

    public AchievementReport getReport() {
        return report == null ? AchievementReport.EMPTY : report;
    }

    public String getEvidence() {
        return evidence;
    }

    public UnitMeeting getMeeting() {
        return meeting == null ? UnitMeeting.NONE : meeting;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }
}
