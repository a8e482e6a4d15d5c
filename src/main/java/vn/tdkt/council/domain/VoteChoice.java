package vn.tdkt.council.domain;

import vn.tdkt.base.domain.Shared;

/** What a member marks for one candidate on the secret ballot. */
@Shared
public enum VoteChoice {
    AGREE,
    DISAGREE,
    ABSTAIN
}
