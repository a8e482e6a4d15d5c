package vn.tdkt.base.service;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.tdkt.base.domain.Role;
import vn.tdkt.base.domain.UserIdentity;

/** Who is calling: used by services for per-unit access and by views for what to show. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<UserIdentity> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof UserIdentity user ? Optional.of(user) : Optional.empty();
    }

    public static Optional<String> username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? Optional.empty() : Optional.ofNullable(auth.getName());
    }

    public static boolean hasRole(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + role.name()).equals(a.getAuthority()));
    }

    /** The secretary (thường trực) or an administrator: who organises rounds and sees every unit's work. */
    public static boolean organiser() {
        return hasRole(Role.ADMIN) || hasRole(Role.SECRETARY);
    }

    public static Optional<Long> personId() {
        return get().map(UserIdentity::getPersonId);
    }

    public static Optional<Long> unitId() {
        return get().map(UserIdentity::getUnitId);
    }
}
