package vn.tdkt.history.domain;

import java.util.Collection;
import java.util.Set;
import vn.tdkt.catalog.domain.AwardLevel;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.decision.domain.AwardState;

/**
 * A register search as the database sees it: every part optional (null or empty = any);
 * {@code foldedText} holds the query's search words ({@code VietnameseText.searchKey});
 * {@code awardPhrase}, when not null, is the run of those words that names an award
 * ("co thi dua"), which a line not found by its recipient's name must have in its award;
 * {@code unitIds} already holds the sub-units; {@code states} is never empty. The years select
 * every award whose achievement period ({@code yearFrom}–{@code awardYear}) meets them;
 * {@code longestSpan} is the longest such period in years, so the award year stays an index range.
 */
public record AwardFilter(String foldedText, String awardPhrase, Collection<Long> awardTypeIds, AwardLevel level,
        RecipientKind kind, Collection<Long> unitIds, Integer yearFrom, Integer yearTo, Long issuerUnitId,
        Long movementId, Long personId, Set<AwardState> states, int longestSpan) {
}
