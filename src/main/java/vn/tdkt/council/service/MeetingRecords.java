package vn.tdkt.council.service;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.catalog.domain.VoteRule;
import vn.tdkt.council.domain.CouncilRole;
import vn.tdkt.council.domain.MeetingStatus;
import vn.tdkt.council.service.BallotRecords.BallotResult;
import vn.tdkt.nomination.domain.NominationStatus;

/** What the meeting screens show. */
public final class MeetingRecords {

    private MeetingRecords() {
    }

    public record MeetingRow(Long id, Long roundId, String roundName, String councilName, LocalDate date,
            String place, MeetingStatus status) {
    }

    public record ScheduleForm(Long roundId, LocalDate date, String place) {
    }

    public record AttendanceRecord(Long personId, String fullName, CouncilRole role, boolean present) {
    }

    public record OpinionRecord(Long personId, String memberName, Long nominationId, String recipientName,
            boolean agree) {
    }

    public record AgendaItem(Long nominationId, String recipientName, String unitName, NominationStatus status) {
    }

    /** The candidates for one award type, with the rule in force on the meeting date. */
    public record AgendaGroup(Long awardTypeId, String awardName, VoteRule rule, Integer sharePercent,
            List<AgendaItem> items) {

        public boolean needsBallot() {
            return rule != VoteRule.NONE;
        }
    }

    public record ConclusionRecord(Long nominationId, String recipientName, String awardName, boolean passed,
            String note) {
    }

    public record MeetingDetails(Long id, long version, Long councilId, String councilName, String office,
            Long roundId, String roundName, LocalDate date, String place, MeetingStatus status, String conclusion,
            List<AttendanceRecord> attendance, int memberCount, int presentCount, String quorumRule, boolean quorum,
            List<AgendaGroup> agenda, List<OpinionRecord> opinions, List<BallotResult> ballots,
            List<ConclusionRecord> conclusions) {

        public boolean open() {
            return status == MeetingStatus.SCHEDULED;
        }
    }
}
