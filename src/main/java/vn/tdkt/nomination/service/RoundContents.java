package vn.tdkt.nomination.service;

/**
 * What hangs on a round. The nominations (hồ sơ đề nghị), when they come, provide a bean of
 * this type; a round with anything in it is not deleted.
 */
public interface RoundContents {

    /** How many records of this kind belong to the round. */
    long countIn(Long roundId);
}
