package vn.tdkt.security.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.domain.UserIdentity;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.service.PersistenceConfig;

/**
 * Who is logged in, and ending sessions. A session is ended by marking it expired in the
 * registry: Spring's ConcurrentSessionFilter then refuses its very next request (a page, a
 * Vaadin UIDL or heartbeat request alike), invalidates it and lets the request go on as an
 * anonymous one, so the browser lands on the login page. The session id itself never leaves
 * the server: the screen names a session by a digest of it.
 */
@Service
public class SessionService {

    static final String ENTITY = "UserSession";

    private final TdktSessionRegistry registry;
    private final AuditService audit;

    public SessionService(TdktSessionRegistry registry, AuditService audit) {
        this.registry = registry;
        this.audit = audit;
    }

    /** One logged-in session; {@code key} names it without revealing its id; {@code current}: the caller's own. */
    public record SessionRecord(String key, String username, String fullName, Instant since, Instant lastRequest,
            String sourceAddress, boolean current) {
    }

    @Access.Admin
    public List<SessionRecord> active() {
        String own = currentSessionId();
        return live().map(s -> {
            TdktSessionRegistry.Origin origin = registry.origin(s.getSessionId());
            Object principal = s.getPrincipal();
            String username = principal instanceof UserDetails u ? u.getUsername() : String.valueOf(principal);
            String fullName = principal instanceof UserIdentity named ? named.getFullName() : username;
            return new SessionRecord(key(s.getSessionId()), username, fullName, origin.since(),
                    s.getLastRequest() == null ? null : s.getLastRequest().toInstant(), origin.address(),
                    s.getSessionId().equals(own));
        }).sorted(Comparator.comparing(SessionRecord::username)
                .thenComparing(SessionRecord::since, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The administrator ends one session; their own current one they end by logging out. */
    @Access.Admin
    @Transactional
    public void end(String key) {
        SessionInformation session = live().filter(s -> key(s.getSessionId()).equals(key)).findFirst()
                .orElseThrow(() -> new BusinessException("error.session.gone"));
        if (session.getSessionId().equals(currentSessionId())) {
            throw new BusinessException("error.session.own");
        }
        TdktSessionRegistry.Origin origin = registry.origin(session.getSessionId());
        session.expireNow();
        Object principal = session.getPrincipal();
        String username = principal instanceof UserDetails u ? u.getUsername() : String.valueOf(principal);
        Long userId = principal instanceof TdktUser user ? user.getUserId() : null;
        String since = origin.since() == null ? ""
                : ", đăng nhập lúc " + Formats.DATE_TIME.format(origin.since().atZone(PersistenceConfig.ZONE));
        String summary = username + " — " + Objects.requireNonNullElse(origin.address(), "?") + since;
        audit.record(ENTITY, userId, "SESSION_END", summary);
    }

    /**
     * Ends every live session of the account but {@code exceptSessionId} (null: all of them);
     * returns how many. Called by {@link UserService} from inside its own secured methods.
     */
    int endAllOf(String username, String exceptSessionId) {
        List<SessionInformation> sessions = live()
                .filter(s -> s.getPrincipal() instanceof UserDetails u && u.getUsername().equals(username))
                .filter(s -> !s.getSessionId().equals(exceptSessionId))
                .toList();
        sessions.forEach(SessionInformation::expireNow);
        return sessions.size();
    }

    /** The HTTP session of the request being served, if any (never creates one). */
    static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getRequest().getSession(false) != null) {
            return request.getRequest().getSession(false).getId();
        }
        return null;
    }

    private Stream<SessionInformation> live() {
        return registry.getAllPrincipals().stream()
                .flatMap(p -> registry.getAllSessions(p, false).stream())
                .filter(Objects::nonNull);
    }

    static String key(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
