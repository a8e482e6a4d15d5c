package vn.tdkt.security.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The logged-in sessions of all nodes ({@code app_session}) and the nodes' heartbeats
 * ({@code app_node}). Plain rows written through JDBC, not entities: each row belongs to the one
 * node that holds the session, which alone inserts and deletes it, so there is no lost update
 * for a version to catch. Times are stored as UTC, as Hibernate stores the entities' instants.
 */
@Repository
public class SessionRows {

    /** One logged-in session; {@code key} is the digest of the session id, never the id. */
    public record SessionRow(String key, String nodeId, Long userId, String username, String fullName, Instant since,
            String sourceAddress, Instant lastRequest, boolean endRequested) {
    }

    private static final String COLUMNS = "session_key, node_id, user_id, username, full_name, since, "
            + "source_address, last_request, end_requested_at";

    private final JdbcTemplate jdbc;

    public SessionRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the row is there already (listed again by the node's poll meanwhile). */
    public boolean insert(SessionRow row) {
        try {
            jdbc.update("INSERT INTO app_session (" + COLUMNS.replace(", end_requested_at", "")
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row.key(), row.nodeId(), row.userId(), row.username(),
                    row.fullName(), utc(row.since()), row.sourceAddress(), utc(row.lastRequest()));
            return true;
        } catch (DuplicateKeyException listed) {
            return false;
        }
    }

    public void delete(String key) {
        jdbc.update("DELETE FROM app_session WHERE session_key = ?", key);
    }

    /** The sessions not yet asked to end, of every node. */
    public List<SessionRow> open() {
        return jdbc.query("SELECT " + COLUMNS + " FROM app_session WHERE end_requested_at IS NULL",
                SessionRows::row);
    }

    public Optional<SessionRow> open(String key) {
        return jdbc.query("SELECT " + COLUMNS + " FROM app_session WHERE session_key = ? AND end_requested_at IS NULL",
                SessionRows::row, key).stream().findFirst();
    }

    /** Session key → whether its end was asked for, of the sessions listed for {@code nodeId}. */
    public Map<String, Boolean> ofNode(String nodeId) {
        Map<String, Boolean> keys = new HashMap<>();
        jdbc.query("SELECT session_key, end_requested_at FROM app_session WHERE node_id = ?",
                rs -> {
                    keys.put(rs.getString(1), rs.getObject(2) != null);
                }, nodeId);
        return keys;
    }

    /** Asks the node holding the session to end it; false when it is gone or already asked. */
    public boolean requestEnd(String key, Instant at, String by) {
        return jdbc.update("UPDATE app_session SET end_requested_at = ?, end_requested_by = ? "
                + "WHERE session_key = ? AND end_requested_at IS NULL", utc(at), by, key) == 1;
    }

    /** Asks for the end of every open session of the account but {@code exceptKey}; returns how many. */
    public int requestEndAllOf(String username, String exceptKey, Instant at, String by) {
        return jdbc.update("UPDATE app_session SET end_requested_at = ?, end_requested_by = ? "
                + "WHERE username = ? AND end_requested_at IS NULL AND session_key <> ?", utc(at), by, username,
                exceptKey == null ? "" : exceptKey);
    }

    /** One commit for the lot: a commit per row made a poll of 1000 busy sessions take 1.3 s on MariaDB. */
    @Transactional
    public void touch(Map<String, Instant> lastRequests) {
        List<Object[]> args = lastRequests.entrySet().stream()
                .map(e -> new Object[] {utc(e.getValue()), e.getKey()}).toList();
        if (!args.isEmpty()) {
            jdbc.batchUpdate("UPDATE app_session SET last_request = ? WHERE session_key = ?", args);
        }
    }

    /** A node (re)starting: it holds no session yet, so rows left by its previous run go. */
    public void start(String nodeId, Instant at) {
        jdbc.update("DELETE FROM app_session WHERE node_id = ?", nodeId);
        if (jdbc.update("UPDATE app_node SET started_at = ?, heartbeat_at = ? WHERE node_id = ?", utc(at), utc(at),
                nodeId) == 0) {
            insertNode(nodeId, at);
        }
    }

    public void heartbeat(String nodeId, Instant at) {
        if (jdbc.update("UPDATE app_node SET heartbeat_at = ? WHERE node_id = ?", utc(at), nodeId) == 0) {
            insertNode(nodeId, at);
        }
    }

    /** Drops the nodes whose last heartbeat is older than {@code before}, with their sessions. */
    public int removeDeadNodes(Instant before) {
        int sessions = jdbc.update("DELETE FROM app_session WHERE node_id IN "
                + "(SELECT node_id FROM app_node WHERE heartbeat_at < ?)", utc(before));
        jdbc.update("DELETE FROM app_node WHERE heartbeat_at < ?", utc(before));
        return sessions;
    }

    private void insertNode(String nodeId, Instant at) {
        try {
            jdbc.update("INSERT INTO app_node (node_id, started_at, heartbeat_at) VALUES (?, ?, ?)", nodeId, utc(at),
                    utc(at));
        } catch (DuplicateKeyException insertedMeanwhile) {
            // By a concurrent call of this very node (start and first poll): its time is as good.
            return;
        }
    }

    private static SessionRow row(ResultSet rs, int i) throws SQLException {
        return new SessionRow(rs.getString(1), rs.getString(2), rs.getObject(3, Long.class), rs.getString(4),
                rs.getString(5), instant(rs.getObject(6, LocalDateTime.class)), rs.getString(7),
                instant(rs.getObject(8, LocalDateTime.class)), rs.getObject(9) != null);
    }

    private static LocalDateTime utc(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
