package vn.tdkt.support;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Switches the calling user inside one test, e.g. the secretary prepares, the officer registers. */
@Component
public class RunAs {

    private final UserDetailsService users;

    public RunAs(UserDetailsService users) {
        this.users = users;
    }

    public <T> T as(String username, Supplier<T> action) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }
}
