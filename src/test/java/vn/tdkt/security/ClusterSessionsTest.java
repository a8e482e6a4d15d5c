package vn.tdkt.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.tdkt.support.Refusals.assertRefused;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.service.AuditService.AuditRecord;
import vn.tdkt.base.domain.Role;
import vn.tdkt.base.service.ClusterNode;
import vn.tdkt.base.service.PersistenceConfig;
import vn.tdkt.security.domain.SessionRows;
import vn.tdkt.security.service.SessionService;
import vn.tdkt.security.service.SessionService.SessionRecord;
import vn.tdkt.security.service.TdktSessionRegistry;
import vn.tdkt.security.service.UserService;
import vn.tdkt.security.service.UserService.UserForm;
import vn.tdkt.security.service.UserService.UserRecord;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.MovableClock;
import vn.tdkt.support.Requests;
import vn.tdkt.support.Unique;

/**
 * Two application nodes on one database: this test's application is one node (its registry and
 * services), and a second registry on the same database with a clock of its own stands for the
 * other. The nodes' polls are called directly instead of waiting for their schedule.
 */
@IntegrationTest
@WithUserDetails("quantri")
class ClusterSessionsTest {

    static final Duration INTERVAL = Duration.ofSeconds(5);
    /** The instant of the test clock (tdkt.clock.fixed). */
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 20, 2, 0, 0, 0, ZoneOffset.UTC);

    @Autowired
    TdktSessionRegistry registry;
    @Autowired
    SessionService sessions;
    @Autowired
    UserService users;
    @Autowired
    SessionRows rows;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    AuditService audit;
    @Autowired
    ClusterNode thisNode;
    @Autowired
    JdbcTemplate jdbc;

    /** Another node: its registry, and the sessions service an administrator logged in there uses. */
    record Node(TdktSessionRegistry registry, SessionService sessions, MovableClock clock, String id) {
    }

    private Node otherNode() {
        String id = Unique.code("node-b").toLowerCase();
        MovableClock clock = new MovableClock(NOW.toInstant(), PersistenceConfig.ZONE);
        TdktSessionRegistry other = new TdktSessionRegistry(clock, rows, new ClusterNode(id, INTERVAL));
        other.start();
        return new Node(other, new SessionService(other, audit), clock, id);
    }

    private String login(TdktSessionRegistry node, String username, String address) {
        String id = Unique.code("session");
        Requests.from(address, () -> node.registerNewSession(id, userDetails.loadUserByUsername(username)));
        return id;
    }

    private UserRecord newUser() {
        return users.create(new UserForm(null, 0, Unique.code("cum").toLowerCase(), "Người Dùng Hai Máy",
                EnumSet.of(Role.VIEWER), null, "Hai-May-Chu-2026!"));
    }

    private static List<SessionRecord> of(List<SessionRecord> listed, String username) {
        return listed.stream().filter(s -> s.username().equals(username)).toList();
    }

    @Test
    void the_administrator_sees_the_sessions_of_both_nodes_with_the_node_holding_each() {
        Node b = otherNode();
        UserRecord user = newUser();
        String here = login(registry, user.username(), "10.1.0.1");
        String there = login(b.registry(), user.username(), "10.2.0.1");

        List<SessionRecord> onThisNode = of(sessions.active(), user.username());
        List<SessionRecord> onTheOther = of(b.sessions().active(), user.username());

        assertThat(onThisNode).extracting(SessionRecord::node, SessionRecord::sourceAddress)
                .containsExactlyInAnyOrder(tuple(thisNode.id(), "10.1.0.1"),
                        tuple(b.id(), "10.2.0.1"));
        assertThat(onTheOther).extracting(SessionRecord::key)
                .containsExactlyInAnyOrderElementsOf(onThisNode.stream().map(SessionRecord::key).toList());
        // Neither the screen nor the shared table ever holds a session id.
        assertThat(onThisNode.toString()).doesNotContain(here).doesNotContain(there);
        assertThat(jdbc.queryForList("SELECT * FROM app_session").toString()).doesNotContain(here)
                .doesNotContain(there);
    }

    @Test
    void a_session_ended_on_one_node_ends_on_the_other_at_its_next_poll_and_the_trail_records_it() {
        Node b = otherNode();
        UserRecord user = newUser();
        String there = login(b.registry(), user.username(), "10.2.0.2");
        SessionRecord listed = of(sessions.active(), user.username()).getFirst();

        sessions.end(listed.key());

        assertThat(of(sessions.active(), user.username())).isEmpty();
        assertThat(b.registry().getSessionInformation(there).isExpired()).isFalse();
        b.registry().poll();
        assertThat(b.registry().getSessionInformation(there).isExpired()).isTrue();
        AuditRecord record = audit.search(user.username() + " — 10.2.0.2", PageRequest.of(0, 1,
                Sort.by(Sort.Direction.DESC, "occurredAt", "id"))).getContent().getFirst();
        assertThat(record.action()).isEqualTo("SESSION_END");
        assertThat(record.username()).isEqualTo("quantri");
        assertRefused("error.session.gone", () -> sessions.end(listed.key()));

        // When the other node's container then drops the session, its row goes with it.
        b.registry().removeSessionInformation(there);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_session WHERE session_key = ?", Integer.class,
                listed.key())).isZero();
    }

    @Test
    void disabling_an_account_ends_its_sessions_on_both_nodes() {
        Node b = otherNode();
        UserRecord user = newUser();
        String here = login(registry, user.username(), "10.1.0.3");
        String there = login(b.registry(), user.username(), "10.2.0.3");
        String someoneElse = login(b.registry(), "xem", "10.2.0.4");

        users.setEnabled(user.id(), user.version(), false);
        b.registry().poll();

        assertThat(registry.getSessionInformation(here).isExpired()).isTrue();
        assertThat(b.registry().getSessionInformation(there).isExpired()).isTrue();
        assertThat(b.registry().getSessionInformation(someoneElse).isExpired()).isFalse();
        assertThat(audit.trail("AppUser", user.id()).getFirst().summary())
                .isEqualTo(user.username() + ": 2 phiên đăng nhập kết thúc (vô hiệu hóa tài khoản)");
    }

    @Test
    void the_sessions_of_a_node_that_stopped_beating_vanish_after_three_intervals_and_a_restart_drops_its_own() {
        Node dying = otherNode();
        Node alive = otherNode();
        UserRecord user = newUser();
        login(dying.registry(), user.username(), "10.3.0.1");
        login(alive.registry(), user.username(), "10.3.0.2");
        dying.registry().poll();

        alive.clock().moveTo(NOW.plus(INTERVAL.multipliedBy(3)));
        alive.registry().poll();
        assertThat(of(sessions.active(), user.username())).extracting(SessionRecord::node)
                .containsExactlyInAnyOrder(dying.id(), alive.id());

        alive.clock().moveTo(NOW.plus(INTERVAL.multipliedBy(3)).plusSeconds(1));
        alive.registry().poll();
        assertThat(of(sessions.active(), user.username())).extracting(SessionRecord::node)
                .containsExactly(alive.id());

        // The same node started again holds none of the sessions it listed before.
        TdktSessionRegistry restarted = new TdktSessionRegistry(alive.clock(), rows,
                new ClusterNode(alive.id(), INTERVAL));
        restarted.start();
        assertThat(of(sessions.active(), user.username())).isEmpty();
    }

    @Test
    void a_session_whose_row_the_database_lost_is_listed_again_at_its_nodes_next_poll() {
        Node b = otherNode();
        UserRecord user = newUser();
        login(b.registry(), user.username(), "10.4.0.1");
        jdbc.update("DELETE FROM app_session WHERE node_id = ?", b.id());
        assertThat(of(sessions.active(), user.username())).isEmpty();

        b.registry().poll();

        assertThat(of(sessions.active(), user.username())).extracting(SessionRecord::sourceAddress,
                SessionRecord::node).containsExactly(tuple("10.4.0.1", b.id()));
    }
}
