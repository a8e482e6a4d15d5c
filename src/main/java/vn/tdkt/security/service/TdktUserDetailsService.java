package vn.tdkt.security.service;

import java.time.Clock;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.base.service.Access;
import vn.tdkt.security.domain.AppUser;
import vn.tdkt.security.domain.AppUserRepository;

@Component
class TdktUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final Clock clock;

    TdktUserDetailsService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @Access.Unsecured("Spring Security calls it to log a user in")
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return new TdktUser(user.getId(), user.getUsername(), user.getPasswordHash(), user.isEnabled(),
                !user.isLockedAt(clock.instant()),
                user.getRoles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList(),
                user.getFullName(), user.getUnitId(), user.getPersonId());
    }
}
