package vn.tdkt.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.tdkt.base.domain.AbstractEntity;
import vn.tdkt.catalog.domain.VoteRule;

/**
 * One voting round (lần bỏ phiếu, at most two) on the candidates of one award type at a
 * meeting. The rule in force on the meeting date and the number of members in force are
 * copied when it opens, so the result is computed against what applied that day. Only the
 * secretary's acts (open, close) change this row; a member's vote never touches it.
 */
@Entity
@Table(name = "cn_ballot")
public class Ballot extends AbstractEntity {

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "award_type_id", nullable = false)
    private Long awardTypeId;

    @Column(name = "voting_round", nullable = false)
    private int votingRound;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private BallotStatus status = BallotStatus.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(name = "vote_rule", nullable = false, length = 20)
    private VoteRule voteRule;

    @Column(name = "share_percent")
    private Integer sharePercent;

    @Column(name = "member_count", nullable = false)
    private int memberCount;

    protected Ballot() {
    }

    public Ballot(Long meetingId, Long awardTypeId, int votingRound, VoteRule voteRule, Integer sharePercent,
            int memberCount) {
        this.meetingId = meetingId;
        this.awardTypeId = awardTypeId;
        this.votingRound = votingRound;
        this.voteRule = voteRule;
        this.sharePercent = sharePercent;
        this.memberCount = memberCount;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getAwardTypeId() {
        return awardTypeId;
    }

    public int getVotingRound() {
        return votingRound;
    }

    public BallotStatus getStatus() {
        return status;
    }

    public void lock() {
        this.status = BallotStatus.LOCKED;
    }

    public VoteRule getVoteRule() {
        return voteRule;
    }

    public Integer getSharePercent() {
        return sharePercent;
    }

    public int getMemberCount() {
        return memberCount;
    }
}
