package vn.tdkt.security.service;

import java.util.Locale;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.service.Access;
import vn.tdkt.security.domain.AppUser;
import vn.tdkt.security.domain.AppUserRepository;

/**
 * Accounts for Spring Security's login. An account is never "locked" here: failed logins slow
 * further attempts down in {@link LoginThrottling}, before any password is compared.
 */
@Component
class TdktUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AppUserRepository users;
    private final AuditService audit;

    TdktUserDetailsService(AppUserRepository users, AuditService audit) {
        this.users = users;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    @Access.Unsecured("Spring Security calls it to log a user in")
    public UserDetails loadUserByUsername(String username) {
        return details(users.findByUsername(username == null ? "" : username.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException(username)));
    }

    /** After a correct password checked against an old bcrypt hash: store it again as Argon2id. */
    @Override
    @Transactional
    @Access.Unsecured("Spring Security calls it inside a successful login, with the password just proven")
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        AppUser account = users.findByUsername(user.getUsername())
                .orElseThrow(() -> new UsernameNotFoundException(user.getUsername()));
        account.setPasswordHash(newPassword);
        users.flush();
        audit.recordAs(account.getUsername(), UserService.ENTITY, account.getId(), "PASSWORD_REHASH", null);
        return details(account);
    }

    private static TdktUser details(AppUser user) {
        return new TdktUser(user.getId(), user.getUsername(), user.getPasswordHash(), user.isEnabled(), true,
                user.getRoles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList(),
                user.getFullName(), user.getUnitId(), user.getPersonId());
    }
}
