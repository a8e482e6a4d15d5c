package vn.tdkt.base.service;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * This application node among several sharing one database: its name (in the sessions screen
 * and on job locks) and how often it synchronises its sessions with the others.
 *
 * @param id           {@code tdkt.node.id} ({@code TDKT_NODE_ID}), by default host name and port,
 *                     so that two nodes on one host differ
 * @param syncInterval {@code tdkt.sessions.sync-interval}: how long an end request may wait for
 *                     the node holding the session, and the unit of the heartbeat grace
 */
public record ClusterNode(String id, Duration syncInterval) {

    /** Heartbeats a node may miss before the others consider it dead and drop its sessions. */
    public static final int MISSED_HEARTBEATS = 3;

    public Duration heartbeatGrace() {
        return syncInterval.multipliedBy(MISSED_HEARTBEATS);
    }

    @Configuration
    static class Config {

        @Bean
        ClusterNode clusterNode(@Value("${tdkt.node.id:}") String id, @Value("${server.port:8080}") int port,
                @Value("${tdkt.sessions.sync-interval:5s}") Duration syncInterval) {
            return new ClusterNode(id.isBlank() ? hostName() + ":" + port : id.strip(), syncInterval);
        }

        private static String hostName() {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return System.getenv().getOrDefault("HOSTNAME", "node");
            }
        }
    }
}
