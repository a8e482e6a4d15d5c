package vn.tdkt.council.domain;

import vn.tdkt.base.domain.Shared;

/**
 * A member's place in the council (Decree 152/2025 art. on councils: chủ tịch, phó chủ tịch,
 * ủy viên thường trực, ủy viên). Every role is a full voting member; the standing secretary
 * (ủy viên thường trực) is a member who also prepares the dossiers.
 */
@Shared
public enum CouncilRole {
    CHAIR,
    DEPUTY,
    STANDING_SECRETARY,
    MEMBER
}
