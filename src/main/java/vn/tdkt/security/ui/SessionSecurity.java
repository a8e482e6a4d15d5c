package vn.tdkt.security.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.tdkt.security.service.TdktSessionRegistry;

/**
 * When a session ends (ASVS V7). Every login is registered in {@link TdktSessionRegistry}, shared
 * by the nodes through the database;
 * a session marked expired there (account disabled, password replaced, rights changed, ended
 * by the administrator) is refused at its next request of any kind: Spring's
 * ConcurrentSessionFilter invalidates it and the request goes on as an anonymous one, so a page
 * request is sent to the login page and a Vaadin UIDL or heartbeat request finds no session,
 * which makes the open tab reload into the login page. Idle sessions end after
 * {@code server.servlet.session.timeout} although the tab's heartbeat keeps the HTTP session
 * alive ({@code vaadin.closeIdleSessions}, {@link IdleSessions}); any session ends after
 * {@code tdkt.session.max-lifetime} ({@link LifetimeFilter}).
 */
@Configuration
class SessionSecurity {

    /** Tells the registry when the servlet container ends a session (timeout, invalidation). */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    static void apply(HttpSecurity http, TdktSessionRegistry registry, Clock clock, Duration maxLifetime) {
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(registry)
                .expiredSessionStrategy(event -> event.getFilterChain().doFilter(event.getRequest(),
                        event.getResponse())));
        http.addFilterBefore(new LifetimeFilter(clock, maxLifetime), SecurityContextHolderFilter.class);
    }

    /**
     * The absolute lifetime: a logged-in session is stamped with the application clock's time at
     * its first request after login, and invalidated at its first request after the lifetime,
     * before Spring reads who is logged in from it. A session whose Vaadin part Vaadin closed
     * for idleness ({@link IdleSessions}) is invalidated the same way.
     */
    static final class LifetimeFilter extends OncePerRequestFilter {

        static final String STARTED = "tdkt.session.started";

        private final Clock clock;
        private final Duration maxLifetime;

        LifetimeFilter(Clock clock, Duration maxLifetime) {
            this.clock = clock;
            this.maxLifetime = maxLifetime;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            HttpSession session = request.getSession(false);
            if (session != null) {
                Object started = session.getAttribute(STARTED);
                Instant now = clock.instant();
                if (started instanceof Instant at && now.isAfter(at.plus(maxLifetime))
                        || session.getAttribute(IdleSessions.ENDED) != null) {
                    session.invalidate();
                } else if (started == null && loggedIn(session)) {
                    session.setAttribute(STARTED, now);
                }
            }
            chain.doFilter(request, response);
        }

        private static boolean loggedIn(HttpSession session) {
            return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                    instanceof SecurityContext context && context.getAuthentication() != null;
        }
    }
}
