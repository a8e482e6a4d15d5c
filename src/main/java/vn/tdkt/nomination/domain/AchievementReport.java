package vn.tdkt.nomination.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.tdkt.base.domain.Shared;

/**
 * Báo cáo thành tích in the structure of the template of Decree 152/2025 (Appendix): II.1 the
 * duties (for a collective: its situation, functions and duties), II.2 the achievements, II.3
 * the measures and initiatives behind them; part I (the person or unit) and part III (awards
 * already received) come from the records. {@code fileId}: the report as uploaded (Word or PDF).
 */
@Shared
@Embeddable
public record AchievementReport(
        @Column(name = "report_duties", length = 4000) String duties,
        @Column(name = "report_achievements", length = 4000) String achievements,
        @Column(name = "report_measures", length = 4000) String measures,
        @Column(name = "report_file_id") Long fileId) {

    public static final AchievementReport EMPTY = new AchievementReport(null, null, null, null);

    /** Written in the app or uploaded: either is a report. */
    public boolean isPresent() {
        return fileId != null || (achievements != null && !achievements.isBlank());
    }
}
