package vn.tdkt.security.service;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import vn.tdkt.security.domain.LoginThrottleRepository;
import vn.tdkt.security.domain.ThrottleRule;

/**
 * The login: the only authentication provider (Spring Security then builds no other), with
 * the throttle's numbers from {@code tdkt.security.login.*}.
 */
@Configuration
class LoginConfig {

    @Bean
    LoginThrottling loginThrottling(LoginThrottleRepository throttles, Clock clock,
            PlatformTransactionManager transactions,
            @Value("${tdkt.security.login.account-free-failures:5}") int accountFree,
            @Value("${tdkt.security.login.address-free-failures:20}") int addressFree,
            @Value("${tdkt.security.login.first-delay:1m}") Duration firstDelay,
            @Value("${tdkt.security.login.max-delay:30m}") Duration maxDelay,
            @Value("${tdkt.security.login.address-max-delay:10m}") Duration addressMaxDelay,
            @Value("${tdkt.security.login.decay:15m}") Duration decay) {
        return new LoginThrottling(throttles, clock, new ThrottleRule(accountFree, firstDelay, maxDelay, decay),
                new ThrottleRule(addressFree, firstDelay, addressMaxDelay, decay), transactions);
    }

    @Bean
    AuthenticationProvider loginGuard(TdktUserDetailsService users, PasswordEncoder encoder,
            LoginThrottling throttling, LoginAttemptListener attempts) {
        return new LoginGuard(users, encoder, throttling, attempts);
    }
}
