package vn.tdkt.security.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import vn.tdkt.base.service.PersistenceConfig;
import vn.tdkt.security.domain.LoginThrottleRepository;
import vn.tdkt.security.domain.ThrottleRule;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.MovableClock;
import vn.tdkt.support.Unique;

/** The throttle on the database as the clock moves: delays grow, are capped, and counts decay. */
@IntegrationTest
class LoginThrottlingTest {

    private static final OffsetDateTime NINE = OffsetDateTime.parse("2026-11-20T09:00:00+07:00");

    @Autowired
    LoginThrottleRepository repository;
    @Autowired
    PlatformTransactionManager transactions;

    private final MovableClock clock = new MovableClock(NINE.toInstant(), PersistenceConfig.ZONE);

    private LoginThrottling throttling() {
        ThrottleRule account = new ThrottleRule(5, Duration.ofMinutes(1), Duration.ofMinutes(30),
                Duration.ofMinutes(15));
        ThrottleRule address = new ThrottleRule(20, Duration.ofMinutes(1), Duration.ofMinutes(10),
                Duration.ofMinutes(15));
        return new LoginThrottling(repository, clock, account, address, transactions);
    }

    private void at(Instant instant) {
        clock.moveTo(instant.atOffset(NINE.getOffset()));
    }

    @Test
    void each_failure_past_the_fifth_doubles_the_wait_for_the_account_up_to_half_an_hour() {
        LoginThrottling throttling = throttling();
        String from = Unique.code("ip");
        String name = Unique.code("tk").toLowerCase();
        for (int i = 0; i < 4; i++) {
            assertThat(throttling.registerFailure(name, from, false).accountBlockedUntil()).isEmpty();
        }
        Instant now = NINE.toInstant();
        for (long minutes : new long[] {1, 2, 4, 8, 16, 30, 30}) {
            Instant until = throttling.registerFailure(name, from, false).accountBlockedUntil()
                    .orElseThrow();
            assertThat(Duration.between(now, until)).isEqualTo(Duration.ofMinutes(minutes));
            // From any address, for the whole wait, and not a second longer.
            at(until.minusSeconds(1));
            assertThat(throttling.blockedUntil(name, "192.0.2.77")).contains(until);
            at(until);
            assertThat(throttling.blockedUntil(name, "192.0.2.77")).isEmpty();
            now = until;
        }
    }

    @Test
    void the_count_decays_so_a_quiet_account_starts_again_with_its_free_failures() {
        LoginThrottling throttling = throttling();
        String from = Unique.code("ip");
        String name = Unique.code("tk").toLowerCase();
        for (int i = 0; i < 6; i++) {
            throttling.registerFailure(name, from, false);
        }
        Instant waitEnds = throttling.blockedUntil(name, "").orElseThrow();

        // Six failures; after the wait, one is forgiven every quarter of an hour: 2 h later none are left.
        at(waitEnds.plus(Duration.ofHours(2)));
        for (int i = 0; i < 4; i++) {
            assertThat(throttling.registerFailure(name, from, false).accountBlockedUntil()).isEmpty();
        }
        assertThat(throttling.registerFailure(name, from, false).accountBlockedUntil()).isPresent();
    }

    @Test
    void an_address_waits_after_twenty_failures_on_any_names_and_its_wait_grows_up_to_ten_minutes() {
        LoginThrottling throttling = throttling();
        String address = Unique.code("ip");
        for (int i = 0; i < 19; i++) {
            assertThat(throttling.registerFailure(Unique.code("x"), address, false).addressBlockedUntil()).isEmpty();
        }
        Instant first = throttling.registerFailure(Unique.code("x"), address, false).addressBlockedUntil()
                .orElseThrow();
        assertThat(Duration.between(NINE.toInstant(), first)).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttling.blockedUntil(Unique.code("y"), address)).contains(first);
        assertThat(throttling.blockedUntil(Unique.code("y"), "192.0.2.200")).isEmpty();
        Instant now = first;
        for (long minutes : new long[] {2, 4, 8, 10, 10}) {
            at(now);
            Instant until = throttling.registerFailure(Unique.code("x"), address, false).addressBlockedUntil()
                    .orElseThrow();
            assertThat(Duration.between(now, until)).isEqualTo(Duration.ofMinutes(minutes));
            now = until;
        }
    }

    @Test
    void an_administrators_failures_count_per_address_and_never_for_the_account_as_a_whole() {
        LoginThrottling throttling = throttling();
        String from = Unique.code("ip");
        String admin = Unique.code("qt").toLowerCase();
        for (int i = 0; i < 10; i++) {
            throttling.registerFailure(admin, from, true);
        }
        assertThat(throttling.blockedUntil(admin, from)).isPresent();
        assertThat(throttling.blockedUntil(admin, "192.0.2.10")).isEmpty();
        assertThat(throttling.blockedAccounts(java.util.List.of(admin))).isEmpty();
    }
}
