package vn.tdkt.security.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LoginThrottleRepository extends JpaRepository<LoginThrottle, Long> {

    Optional<LoginThrottle> findByKindAndUsernameAndAddress(LoginThrottle.ThrottleKind kind, String username, String address);

    @Query("""
            select t from LoginThrottle t
            where (t.kind = vn.tdkt.security.domain.LoginThrottle.ThrottleKind.ACCOUNT and t.username = :username and t.address = '')
               or (t.kind = vn.tdkt.security.domain.LoginThrottle.ThrottleKind.ADDRESS and t.username = '' and t.address = :address)
               or (t.kind = vn.tdkt.security.domain.LoginThrottle.ThrottleKind.ACCOUNT_AT_ADDRESS and t.username = :username and t.address = :address)
            """)
    List<LoginThrottle> findFor(@Param("username") String username, @Param("address") String address);

    /** Accounts held back for everyone (an administrator's account never is: only per address). */
    @Query("""
            select t from LoginThrottle t
            where t.kind = vn.tdkt.security.domain.LoginThrottle.ThrottleKind.ACCOUNT and t.username in :usernames
              and t.blockedUntil > :now
            """)
    List<LoginThrottle> findBlockedAccounts(@Param("usernames") Collection<String> usernames,
            @Param("now") Instant now);

    @Modifying
    @Query("delete from LoginThrottle t where t.kind <> vn.tdkt.security.domain.LoginThrottle.ThrottleKind.ADDRESS and t.username = :username")
    int deleteAccount(@Param("username") String username);

    /** Forgets keys quiet for long enough (their count has decayed and no block is running). */
    @Modifying
    @Query("delete from LoginThrottle t where t.lastFailureAt < :before and (t.blockedUntil is null or t.blockedUntil < :now)")
    int deleteQuietSince(@Param("before") Instant before, @Param("now") Instant now);
}
