package vn.tdkt.security.ui;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import vn.tdkt.security.service.PasswordHashing;
import vn.tdkt.security.service.TdktSessionRegistry;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil requestUtil,
            TdktSessionRegistry sessionRegistry, Clock clock,
            @Value("${tdkt.session.max-lifetime:10h}") Duration maxSessionLifetime) throws Exception {
        // The load balancer asks each node whether it takes users (the health probes only: no details,
        // no other endpoint).
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**", "/actuator/health/liveness",
                "/actuator/health/readiness").permitAll());
        // Sessions that end when they must; CSRF also on the login form; security headers.
        SessionSecurity.apply(http, sessionRegistry, clock, maxSessionLifetime);
        WebProtection.apply(http, requestUtil);
        // Any other address goes to Vaadin's router once signed in, so an unknown one gets the
        // Vietnamese "Không tìm thấy trang" page (404) instead of the server's bare 403.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
    }

    /** Argon2id through the delegating encoder (old bcrypt hashes still verify): see PasswordHashing. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordHashing.encoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
