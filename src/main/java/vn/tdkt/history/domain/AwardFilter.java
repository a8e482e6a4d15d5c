package vn.tdkt.history.domain;

import java.util.Collection;
import java.util.Set;
import vn.tdkt.catalog.domain.AwardLevel;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.decision.domain.AwardState;

/**
 * A register search as the database sees it: every part optional (null or empty = any);
 * {@code unitIds} already holds the sub-units; {@code states} is never empty. The years select
 * every award whose achievement period ({@code yearFrom}–{@code awardYear}) meets them;
 * {@code longestSpan} is the longest such period in years, so the award year stays an index range.
 */
public record AwardFilter(String foldedText, Collection<Long> awardTypeIds, AwardLevel level,
        RecipientKind kind, Collection<Long> unitIds, Integer yearFrom, Integer yearTo, Long issuerUnitId,
        Long movementId, Long personId, Set<AwardState> states, int longestSpan) {
}
