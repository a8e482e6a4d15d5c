package vn.tdkt.council.service;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The day the council decided on a round's candidates: an issued decision may not be dated
 * before it. Every bean of this type is asked and the latest day counts, so the council's
 * meetings plug in as one more ({@link DecisionMeetingDateFromMeetings}).
 */
public interface DecisionMeetingDate {

    Optional<LocalDate> of(Long roundId);
}
