package vn.tdkt.base.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Clock, and the who/when stamping of every entity. */
@Configuration
@EnableJpaAuditing(auditorAwareRef = "currentAuditor", dateTimeProviderRef = "auditingClock")
public class PersistenceConfig {

    /** Offices work on Vietnam time; date rules (years, deadlines) use this zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The user name recorded when nobody is logged in (start-up seeding, migrations). */
    public static final String SYSTEM_USER = "system";

    /**
     * Vietnam time. {@code tdkt.clock.fixed} (e.g. {@code 2026-11-20T09:00:00+07:00}) stops the
     * clock at that instant, so tests and demonstrations do not depend on the day they run.
     */
    @Bean
    Clock clock(@Value("${tdkt.clock.fixed:}") String fixed) {
        if (fixed.isBlank()) {
            return Clock.system(ZONE);
        }
        Clock clock = Clock.fixed(OffsetDateTime.parse(fixed.strip()).toInstant(), ZONE);
        LoggerFactory.getLogger(PersistenceConfig.class).warn("The clock is fixed at {}", clock.instant().atZone(ZONE));
        return clock;
    }

    @Bean
    AuditorAware<String> currentAuditor() {
        return () -> Optional.of(currentUsername());
    }

    @Bean
    DateTimeProvider auditingClock(Clock clock) {
        return () -> Optional.of(clock.instant());
    }

    public static String currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? SYSTEM_USER : auth.getName();
    }
}
