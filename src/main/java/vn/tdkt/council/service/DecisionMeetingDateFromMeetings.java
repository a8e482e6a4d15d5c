package vn.tdkt.council.service;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tdkt.base.service.Access;
import vn.tdkt.council.domain.CouncilMeeting;
import vn.tdkt.council.domain.CouncilMeetingRepository;

/** The council's meetings on a round: a decision follows the last of them, never precedes it. */
@Component
class DecisionMeetingDateFromMeetings implements DecisionMeetingDate {

    private final CouncilMeetingRepository meetings;

    DecisionMeetingDateFromMeetings(CouncilMeetingRepository meetings) {
        this.meetings = meetings;
    }

    @Override
    @Access.Unsecured("called by IssuingService inside its secured methods")
    public Optional<LocalDate> of(Long roundId) {
        return meetings.findByRoundId(roundId).stream().map(CouncilMeeting::getMeetingDate)
                .max(LocalDate::compareTo);
    }
}
