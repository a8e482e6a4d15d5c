package vn.tdkt.nomination.service;

import vn.tdkt.nomination.domain.RoundStatus;

/**
 * What hangs on a round (nominations, objections): a round with anything in it is not deleted,
 * and each kind of content may hold a step of the round back.
 */
public interface RoundContents {

    /** How many records of this kind belong to the round. */
    long countIn(Long roundId);

    /** Refuses (with a BusinessException) a step the round's contents are not ready for. */
    default void checkStep(Long roundId, RoundStatus to) {
    }
}
