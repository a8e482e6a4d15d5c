package vn.tdkt.council.domain;

/** The counters of one candidate on one ballot, as values. */
public record TallyCounts(Long nominationId, int agree, int disagree, int abstain) {
}
