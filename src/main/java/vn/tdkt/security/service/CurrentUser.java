package vn.tdkt.security.service;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.tdkt.security.domain.Role;

/** Who is calling: used by services for per-unit access and by views for what to show. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<TdktUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof TdktUser user ? Optional.of(user) : Optional.empty();
    }

    public static boolean hasRole(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + role.name()).equals(a.getAuthority()));
    }

    public static Optional<Long> unitId() {
        return get().map(TdktUser::getUnitId);
    }
}
