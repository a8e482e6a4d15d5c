package vn.tdkt.security.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.service.PersistenceConfig;
import vn.tdkt.security.domain.SessionRows.SessionRow;

/**
 * Who is logged in on every node, and ending sessions. A session is ended by marking it expired
 * in the registry of the node holding it: Spring's ConcurrentSessionFilter then refuses its very
 * next request (a page, a Vaadin UIDL or heartbeat request alike), invalidates it and lets the
 * request go on as an anonymous one, so the browser lands on the login page. A session of this
 * node is marked at once, one of another node at that node's next poll (within
 * {@code tdkt.sessions.sync-interval}). The session id itself never leaves the server: the screen
 * and the database name a session by a digest of it.
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

    /**
     * One logged-in session; {@code key} names it without revealing its id; {@code node}: the
     * application node holding it; {@code current}: the caller's own.
     */
    public record SessionRecord(String key, String username, String fullName, Instant since, Instant lastRequest,
            String sourceAddress, String node, boolean current) {
    }

    @Access.Admin
    public List<SessionRecord> active() {
        String own = currentKey();
        return registry.open().stream().map(row -> new SessionRecord(row.key(), row.username(), row.fullName(),
                row.since(), registry.lastRequest(row.key()).orElse(row.lastRequest()), row.sourceAddress(),
                row.nodeId(), row.key().equals(own)))
                .sorted(Comparator.comparing(SessionRecord::username)
                        .thenComparing(SessionRecord::since, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The administrator ends one session of any node; their own current one they end by logging out. */
    @Access.Admin
    @Transactional
    public void end(String key) {
        SessionRow session = registry.open(key).orElseThrow(() -> new BusinessException("error.session.gone"));
        if (key.equals(currentKey())) {
            throw new BusinessException("error.session.own");
        }
        if (!registry.requestEnd(key, PersistenceConfig.currentUsername())) {
            throw new BusinessException("error.session.gone");
        }
        String since = session.since() == null ? ""
                : ", đăng nhập lúc " + Formats.DATE_TIME.format(session.since().atZone(PersistenceConfig.ZONE));
        String summary = session.username() + " — " + Objects.requireNonNullElse(session.sourceAddress(), "?")
                + since;
        audit.record(ENTITY, session.userId(), "SESSION_END", summary);
    }

    /**
     * Ends every live session of the account, on every node, but {@code exceptSessionId} (null:
     * all of them); returns how many. Called by {@link UserService} from inside its own secured
     * methods, so the end requests commit with the account change.
     */
    int endAllOf(String username, String exceptSessionId) {
        return registry.requestEndAllOf(username, exceptSessionId, PersistenceConfig.currentUsername());
    }

    /** The HTTP session of the request being served, if any (never creates one). */
    static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getRequest().getSession(false) != null) {
            return request.getRequest().getSession(false).getId();
        }
        return null;
    }

    private static String currentKey() {
        String id = currentSessionId();
        return id == null ? null : TdktSessionRegistry.key(id);
    }
}
