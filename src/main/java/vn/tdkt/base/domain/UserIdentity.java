package vn.tdkt.base.domain;

/**
 * What every feature may know about the logged-in principal, without depending on the
 * security feature that implements it.
 */
public interface UserIdentity {

    String getFullName();

    /** The unit a unit officer works for; null for users not bound to a unit. */
    Long getUnitId();

    /** The member of staff the account stands for; null when none. */
    default Long getPersonId() {
        return null;
    }
}
