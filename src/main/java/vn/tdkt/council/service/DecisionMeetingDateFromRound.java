package vn.tdkt.council.service;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tdkt.base.service.PersistenceConfig;
import vn.tdkt.nomination.domain.RoundStatus;
import vn.tdkt.nomination.service.AwardRoundService;

/** Until meetings are recorded: the day the round went to the council. */
@Component
class DecisionMeetingDateFromRound implements DecisionMeetingDate {

    private final AwardRoundService rounds;

    DecisionMeetingDateFromRound(AwardRoundService rounds) {
        this.rounds = rounds;
    }

    @Override
    @vn.tdkt.base.service.Access.Unsecured("called by IssuingService inside its secured methods")
    public Optional<LocalDate> of(Long roundId) {
        return rounds.get(roundId).transitions().stream().filter(t -> t.to() == RoundStatus.AT_COUNCIL)
                .map(t -> t.at().atZone(PersistenceConfig.ZONE).toLocalDate()).reduce((a, b) -> b);
    }
}
