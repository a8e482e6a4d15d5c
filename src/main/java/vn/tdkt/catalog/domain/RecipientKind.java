package vn.tdkt.catalog.domain;

/** Who an award type may be given to. */
public enum RecipientKind {
    INDIVIDUAL,
    COLLECTIVE,
    BOTH;

    public boolean allows(RecipientKind recipient) {
        return this == BOTH || this == recipient;
    }
}
