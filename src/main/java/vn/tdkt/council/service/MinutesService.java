package vn.tdkt.council.service;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.base.service.Access;
import vn.tdkt.council.domain.CouncilRole;
import vn.tdkt.council.domain.MeetingStatus;
import vn.tdkt.council.service.BallotRecords.BallotResult;
import vn.tdkt.council.service.MeetingRecords.AttendanceRecord;
import vn.tdkt.council.service.MeetingRecords.ConclusionRecord;
import vn.tdkt.council.service.MeetingRecords.MeetingDetails;
import vn.tdkt.council.service.MeetingRecords.OpinionRecord;

/**
 * The content of a meeting's minutes (biên bản): who attended, the absent members' written
 * opinions, every ballot's tally and result, the conclusions. The document engine lays it out;
 * this only gathers it, so the screen and the printed minutes say the same.
 */
@Service
@Transactional(readOnly = true)
public class MinutesService {

    private final MeetingService meetings;
    private final CouncilService councils;

    public MinutesService(MeetingService meetings, CouncilService councils) {
        this.meetings = meetings;
        this.councils = councils;
    }

    /**
     * {@code chair}: who chaired (the chair if present, otherwise the first deputy present);
     * {@code secretary}: the standing secretary who keeps the minutes. Ballots only once locked
     * carry counts; an open one is listed without them.
     */
    public record MinutesRecord(Long meetingId, Long officeUnitId, String councilName, String office, String roundName, LocalDate date,
            String place, MeetingStatus status, String chair, String secretary, int memberCount, int presentCount,
            boolean quorum, String quorumRule, List<AttendanceRecord> present, List<AttendanceRecord> absent,
            List<OpinionRecord> opinions, List<BallotResult> ballots, List<ConclusionRecord> conclusions,
            String conclusion) {

        /** Final once the meeting is closed: the minutes may then be signed. */
        public boolean finalText() {
            return status == MeetingStatus.CLOSED;
        }
    }

    @Access.Council
    public MinutesRecord minutes(Long meetingId) {
        MeetingDetails m = meetings.get(meetingId);
        List<AttendanceRecord> present = m.attendance().stream().filter(AttendanceRecord::present).toList();
        List<AttendanceRecord> absent = m.attendance().stream().filter(a -> !a.present()).toList();
        String chair = present.stream().filter(a -> a.role() == CouncilRole.CHAIR).findFirst()
                .or(() -> present.stream().filter(a -> a.role() == CouncilRole.DEPUTY).findFirst())
                .map(AttendanceRecord::fullName).orElse(null);
        String secretary = m.attendance().stream().filter(a -> a.role() == CouncilRole.STANDING_SECRETARY)
                .findFirst().map(AttendanceRecord::fullName).orElse(null);
        return new MinutesRecord(m.id(), councils.get(m.councilId()).officeUnitId(), m.councilName(), m.office(), m.roundName(), m.date(), m.place(), m.status(),
                chair, secretary, m.memberCount(), m.presentCount(), m.quorum(), m.quorumRule(), present, absent,
                m.opinions(), m.ballots(), m.conclusions(), m.conclusion());
    }
}
