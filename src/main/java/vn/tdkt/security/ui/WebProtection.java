package vn.tdkt.security.ui;

import com.vaadin.flow.spring.security.RequestUtil;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The browser-facing protections (ASVS V3): CSRF tokens, also on the login form, and the
 * security headers.
 */
final class WebProtection {

    /**
     * What Vaadin Flow needs (its docs: the bootstrap's inline script, functions built from the
     * server's JavaScript, Lumo's inline styles), nothing from other origins, no plugins, no
     * framing by other sites, forms posting only here.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' "
            + "'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";

    private WebProtection() {
    }

    /**
     * Vaadin's own configuration leaves the login form's POST without a CSRF check. Here only
     * Vaadin's internal requests (UIDL, heartbeat: protected by Vaadin's own token) skip it; the
     * login form sends Spring's token, which the page carries in {@code <meta name="_csrf">}.
     * A login posted with a missing or stale token (the form sat open past the session's end,
     * or another site posted it) gets a fresh login form, never the bare 403 page.
     */
    static void apply(HttpSecurity http, RequestUtil requestUtil) {
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        // Spring's entry point would write the login address absolute, built from the request's
        // Host header; relative, the browser resolves it against the address it really asked.
        LoginUrlAuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint("/login");
        toLogin.setFavorRelativeUris(true);
        http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(toLogin)
                .accessDeniedHandler(freshLoginFormOnBadToken()));
        // Written before the request goes on: written at commit time they are lost on Vaadin's
        // pages, which Tomcat finishes through a forward to Vaadin's servlet, past Spring's wrapper.
        http.headers(headers -> {
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .frameOptions(frames -> frames.sameOrigin());
        });
    }

    private static AccessDeniedHandler freshLoginFormOnBadToken() {
        AccessDeniedHandler plain = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            String login = request.getContextPath() + "/login";
            if (denied instanceof CsrfException && login.equals(request.getRequestURI())) {
                response.sendRedirect(login);
            } else {
                plain.handle(request, response, denied);
            }
        };
    }
}
