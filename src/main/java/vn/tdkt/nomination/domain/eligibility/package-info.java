/**
 * The eligibility engine: pure functions from a rule version (read from the catalogue's
 * {@code cat_award_rule}) and the facts of one person or collective to an ordered checklist
 * of criteria, each passed, failed or left to a person, with its reason and article.
 * Nothing here touches Spring, the database or the clock; the service that gathers the
 * facts passes the evaluation date in.
 */
package vn.tdkt.nomination.domain.eligibility;
