package vn.tdkt.security.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.session.SessionRegistryImpl;
import vn.tdkt.base.service.RequestAddress;

/**
 * Spring's registry of who is logged in with which session, plus what the administrator's
 * sessions screen shows and Spring does not keep: when the session logged in (the application's
 * clock) and from which address. Filled by Spring Security at each login, emptied when a session
 * ends (logout, timeout, invalidation: HttpSessionEventPublisher).
 */
public class TdktSessionRegistry extends SessionRegistryImpl {

    record Origin(Instant since, String address) {
    }

    private final Map<String, Origin> origins = new ConcurrentHashMap<>();
    private final Clock clock;

    public TdktSessionRegistry(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void registerNewSession(String sessionId, Object principal) {
        super.registerNewSession(sessionId, principal);
        origins.put(sessionId, new Origin(clock.instant(), RequestAddress.current()));
    }

    @Override
    public void removeSessionInformation(String sessionId) {
        super.removeSessionInformation(sessionId);
        origins.remove(sessionId);
    }

    Origin origin(String sessionId) {
        return origins.getOrDefault(sessionId, new Origin(null, null));
    }
}
