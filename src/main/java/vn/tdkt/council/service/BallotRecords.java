package vn.tdkt.council.service;

import java.util.List;
import vn.tdkt.catalog.domain.VoteRule;
import vn.tdkt.council.domain.BallotStatus;

/** What the ballot screens and the minutes show. Counts are null while the ballot is open. */
public final class BallotRecords {

    private BallotRecords() {
    }

    /** One candidate's line: e-ballot counts, absent members' written opinions, the base and the verdict. */
    public record CandidateResult(Long nominationId, String recipientName, String unitName, Integer agree,
            Integer disagree, Integer abstain, int opinionsAgree, int opinionsDisagree, List<String> recusedBy,
            int base, Double agreePercent, Boolean passed) {
    }

    /**
     * One ballot: the rule and member count that applied on the meeting date, how many of the
     * present members have cast their paper, and (once locked) each candidate's result.
     */
    public record BallotResult(Long id, long version, Long meetingId, Long awardTypeId, String awardName,
            int votingRound, BallotStatus status, VoteRule rule, Integer sharePercent, int memberCount,
            int presentCount, int votedCount, List<CandidateResult> candidates) {

        public boolean locked() {
            return status == BallotStatus.LOCKED;
        }
    }

    /** A candidate on the paper of the member who is looking at it, with their own recusal if any. */
    public record PaperLine(Long nominationId, String recipientName, String unitName, String recusalReason) {
    }

    /** An open ballot as one member sees it on their own device. */
    public record Paper(Long ballotId, String meetingTitle, String awardName, int votingRound, VoteRule rule,
            Integer sharePercent, boolean voted, int votedCount, int presentCount, List<PaperLine> lines) {
    }
}
