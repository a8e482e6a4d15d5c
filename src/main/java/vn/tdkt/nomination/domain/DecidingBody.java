package vn.tdkt.nomination.domain;

import vn.tdkt.base.domain.Shared;

/** Who decides the round's awards. */
@Shared
public enum DecidingBody {
    /** This office's council reviews and its head decides. */
    OWN_COUNCIL,
    /** The office reviews and forwards the dossiers to a higher body, which decides. */
    HIGHER_BODY
}
