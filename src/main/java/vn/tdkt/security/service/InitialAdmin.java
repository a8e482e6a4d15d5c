package vn.tdkt.security.service;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.tdkt.base.domain.Role;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.security.domain.AppUserRepository;

/**
 * A fresh production database has no users. When the user table is empty and
 * {@code TDKT_INITIAL_ADMIN_PASSWORD} is set, the first administrator is created with it;
 * from then on accounts are managed in the app and the variable is ignored.
 */
@Component
@Order(0)
class InitialAdmin implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InitialAdmin.class);

    private final AppUserRepository users;
    private final UserService userService;
    private final String username;
    private final String password;

    InitialAdmin(AppUserRepository users, UserService userService,
            @Value("${tdkt.initial-admin.username:quantri}") String username,
            @Value("${tdkt.initial-admin.password:}") String password) {
        this.users = users;
        this.userService = userService;
        this.username = username;
        this.password = password;
    }

    @Override
    @Access.Unsecured("runs once at start-up, before anyone can log in")
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (password.isBlank()) {
            LOG.warn("No user accounts yet: set TDKT_INITIAL_ADMIN_PASSWORD to create the first administrator");
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("system", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            userService.create(new UserService.UserForm(null, 0, username, "Quản trị hệ thống",
                    EnumSet.of(Role.ADMIN), null, password));
            LOG.info("Created the first administrator '{}'", username);
        } catch (BusinessException refused) {
            // The password policy applies to the first administrator too (12–128 characters, not common).
            throw new IllegalStateException("TDKT_INITIAL_ADMIN_PASSWORD does not meet the password policy ("
                    + refused.getMessageKey() + "): use a passphrase of 12 to 128 characters that is not a common "
                    + "password and does not contain the user name", refused);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
