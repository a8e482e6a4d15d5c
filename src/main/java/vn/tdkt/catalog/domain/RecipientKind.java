package vn.tdkt.catalog.domain;

import vn.tdkt.base.domain.Shared;

/** Who an award type may be given to. */
@Shared
public enum RecipientKind {
    INDIVIDUAL,
    COLLECTIVE,
    BOTH;

    public boolean allows(RecipientKind recipient) {
        return this == BOTH || this == recipient;
    }
}
