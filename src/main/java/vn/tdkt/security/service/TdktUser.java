package vn.tdkt.security.service;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import vn.tdkt.base.domain.UserIdentity;

/** The logged-in principal: Spring's user plus display name and the unit of a unit officer. */
public class TdktUser extends User implements UserIdentity {

    private final Long userId;
    private final String fullName;
    private final Long unitId;
    private final Long personId;

    public TdktUser(Long userId, String username, String passwordHash, boolean enabled, boolean nonLocked,
            Collection<? extends GrantedAuthority> authorities, String fullName, Long unitId, Long personId) {
        super(username, passwordHash, enabled, true, true, nonLocked, authorities);
        this.userId = userId;
        this.fullName = fullName;
        this.unitId = unitId;
        this.personId = personId;
    }

    @Override
    public Long getPersonId() {
        return personId;
    }

    public Long getUserId() {
        return userId;
    }

    @Override
    public String getFullName() {
        return fullName;
    }

    @Override
    public Long getUnitId() {
        return unitId;
    }
}
