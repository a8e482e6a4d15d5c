package vn.tdkt.security.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetails;
import vn.tdkt.base.domain.UserIdentity;
import vn.tdkt.base.service.ClusterNode;
import vn.tdkt.base.service.RequestAddress;
import vn.tdkt.security.domain.SessionRows;
import vn.tdkt.security.domain.SessionRows.SessionRow;

/**
 * Who is logged in, on this node and on the others sharing the database. Spring Security fills
 * it at each login and empties it when a session ends (logout, timeout, invalidation:
 * HttpSessionEventPublisher); Spring's part holds this node's sessions, which its
 * ConcurrentSessionFilter refuses once marked expired. Each session is also listed in
 * {@code app_session} under a digest of its id (the id never leaves this node), with what the
 * administrator's screen shows. An end asked for on another node is carried out by the
 * {@link #poll()} of the node holding the session, which also publishes the last requests, writes
 * the node's heartbeat and drops the sessions of nodes that stopped beating.
 */
public class TdktSessionRegistry extends SessionRegistryImpl {

    private static final Logger LOG = LoggerFactory.getLogger(TdktSessionRegistry.class);

    /** This node's session behind a key, what its row says, and the last request already published. */
    private record Local(String sessionId, Instant since, String address, Instant published) {
    }

    private final Map<String, Local> locals = new ConcurrentHashMap<>();
    private final Clock clock;
    private final SessionRows rows;
    private final ClusterNode node;

    public TdktSessionRegistry(Clock clock, SessionRows rows, ClusterNode node) {
        this.clock = clock;
        this.rows = rows;
        this.node = node;
    }

    /** At start-up: the sessions listed by this node's previous run died with it. */
    public void start() {
        rows.start(node.id(), clock.instant());
    }

    @Override
    public void registerNewSession(String sessionId, Object principal) {
        super.registerNewSession(sessionId, principal);
        Local local = new Local(sessionId, clock.instant(), RequestAddress.current(),
                getSessionInformation(sessionId).getLastRequest().toInstant());
        locals.put(key(sessionId), local);
        try {
            rows.insert(row(key(sessionId), local, principal));
        } catch (DataAccessException e) {
            // The login stands; the next poll lists the session.
            LOG.warn("Session not listed in the database yet: {}", e.getMessage());
        }
    }

    @Override
    public void removeSessionInformation(String sessionId) {
        super.removeSessionInformation(sessionId);
        String key = key(sessionId);
        locals.remove(key);
        try {
            rows.delete(key);
        } catch (DataAccessException e) {
            // The next poll drops the row of a session this node no longer holds.
            LOG.warn("Ended session still listed in the database: {}", e.getMessage());
        }
    }

    /**
     * Every sync interval: ends this node's sessions whose end was asked for, lists again those
     * whose row went missing (a database outage, or taken for dead after a long pause), drops rows
     * of sessions it no longer holds, publishes last requests, beats, and drops dead nodes' rows.
     * Every node drops them, without a job lock: the delete is idempotent and as cheap as taking one.
     */
    @Scheduled(fixedDelayString = "${tdkt.sessions.sync-interval:5s}",
            initialDelayString = "${tdkt.sessions.sync-interval:5s}")
    public void poll() {
        try {
            synchronise();
        } catch (DataAccessException e) {
            // The sessions go on meanwhile; the next poll catches up.
            LOG.warn("Sessions not synchronised with the other nodes: {}", e.getMessage());
        }
    }

    private void synchronise() {
        Instant now = clock.instant();
        rows.heartbeat(node.id(), now);
        Map<String, Boolean> listed = rows.ofNode(node.id());
        Map<String, Instant> touched = new HashMap<>();
        locals.forEach((key, local) -> {
            SessionInformation session = getSessionInformation(local.sessionId());
            Boolean endRequested = listed.get(key);
            if (session == null) {
                return;
            }
            if (endRequested == null && !session.isExpired()) {
                rows.insert(row(key, local, session.getPrincipal()));
            } else if (Boolean.TRUE.equals(endRequested)) {
                session.expireNow();
            } else if (session.getLastRequest().toInstant().isAfter(local.published())) {
                touched.put(key, session.getLastRequest().toInstant());
            }
        });
        listed.keySet().stream().filter(key -> !locals.containsKey(key)).forEach(rows::delete);
        rows.touch(touched);
        touched.forEach((key, at) -> locals.computeIfPresent(key,
                (k, local) -> new Local(local.sessionId(), local.since(), local.address(), at)));
        rows.removeDeadNodes(now.minus(node.heartbeatGrace()));
    }

    /** The open sessions of every node. */
    List<SessionRow> open() {
        return rows.open();
    }

    Optional<SessionRow> open(String key) {
        return rows.open(key);
    }

    /** The last request of this node's session behind {@code key}, fresher than its row's. */
    Optional<Instant> lastRequest(String key) {
        return Optional.ofNullable(locals.get(key)).map(local -> getSessionInformation(local.sessionId()))
                .map(session -> session.getLastRequest().toInstant());
    }

    /**
     * Asks for the end of the session behind {@code key}, and ends it at once if it is this
     * node's; false if it is gone or already ended.
     */
    boolean requestEnd(String key, String by) {
        boolean asked = rows.requestEnd(key, clock.instant(), by);
        if (asked) {
            expireLocal(key);
        }
        return asked;
    }

    /**
     * Asks for the end of every session of the account but {@code exceptSessionId}, ending this
     * node's at once; returns how many sessions of all nodes end.
     */
    int requestEndAllOf(String username, String exceptSessionId, String by) {
        String except = exceptSessionId == null ? null : key(exceptSessionId);
        int asked = rows.requestEndAllOf(username, except, clock.instant(), by);
        locals.forEach((key, local) -> {
            SessionInformation session = getSessionInformation(local.sessionId());
            if (!key.equals(except) && session != null && session.getPrincipal() instanceof UserDetails user
                    && user.getUsername().equals(username)) {
                session.expireNow();
            }
        });
        return asked;
    }

    String nodeId() {
        return node.id();
    }

    private void expireLocal(String key) {
        Local local = locals.get(key);
        SessionInformation session = local == null ? null : getSessionInformation(local.sessionId());
        if (session != null) {
            session.expireNow();
        }
    }

    private SessionRow row(String key, Local local, Object principal) {
        String username = principal instanceof UserDetails user ? user.getUsername() : String.valueOf(principal);
        String fullName = principal instanceof UserIdentity named && named.getFullName() != null
                ? named.getFullName() : username;
        Long userId = principal instanceof TdktUser user ? user.getUserId() : null;
        return new SessionRow(key, node.id(), userId, username, fullName, local.since(), local.address(),
                local.published(), false);
    }

    @Configuration
    static class Config {

        @Bean(initMethod = "start")
        TdktSessionRegistry sessionRegistry(Clock clock, SessionRows rows, ClusterNode node) {
            return new TdktSessionRegistry(clock, rows, node);
        }
    }

    /** Names a session on the screen and in the database without revealing its id. */
    static String key(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
