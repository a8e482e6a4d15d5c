package vn.tdkt.audit.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.domain.AuditEvent;
import vn.tdkt.audit.domain.AuditEventRepository;
import vn.tdkt.base.domain.VietnameseText;
import vn.tdkt.base.service.Access;
import vn.tdkt.base.service.PersistenceConfig;
import vn.tdkt.base.service.RequestAddress;

/**
 * The audit trail. Services call {@link #record} inside their own transaction, so a change
 * and its audit record commit or roll back together.
 */
@Service
public class AuditService {

    private static final int MAX_SUMMARY = 4000;

    private final AuditEventRepository events;
    private final Clock clock;

    public AuditService(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public record AuditRecord(Long id, Instant occurredAt, String username, String action, String entityType,
            Long entityId, String summary, String sourceAddress) {

        static AuditRecord of(AuditEvent e) {
            return new AuditRecord(e.getId(), e.getOccurredAt(), e.getUsername(), e.getAction(), e.getEntityType(),
                    e.getEntityId(), e.getSummary(), e.getSourceAddress());
        }
    }

    /**
     * Records an event as the current user. Open to every caller because it is only called
     * by other services from inside their own authorised methods, and only ever appends.
     */
    @Access.Unsecured("appends only, and is called by services from inside their own authorised methods")
    @Transactional
    public void record(String entityType, Long entityId, String action, String summary) {
        recordAs(PersistenceConfig.currentUsername(), entityType, entityId, action, summary);
    }

    /** Records an event for a named user, e.g. failed logins happen before anyone is authenticated. */
    @Access.Unsecured("failed logins are recorded before anyone is authenticated")
    @Transactional
    public void recordAs(String username, String entityType, Long entityId, String action, String summary) {
        String text = summary == null || summary.length() <= MAX_SUMMARY ? summary
                : summary.substring(0, MAX_SUMMARY - 1) + "…";
        events.save(new AuditEvent(clock.instant(), username, action, entityType, entityId, text, sourceAddress()));
    }

    /**
     * Records a security event in a transaction of its own (ASVS V16): a refusal, a download, an
     * export. Such an event happens inside reads (read-only transactions, which MariaDB would
     * refuse to write in) and inside calls that then fail (whose rollback must not take the
     * record with it).
     */
    @Access.Unsecured("appends only; refusals are recorded for callers who may do nothing else")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public void recordAccess(String entityType, Long entityId, String action, String summary) {
        recordAs(PersistenceConfig.currentUsername(), entityType, entityId, action, summary);
    }

    /** The request's address, cut to the column's width (an IP address is at most 45 characters). */
    private static String sourceAddress() {
        String address = RequestAddress.current();
        return address == null || address.length() <= 64 ? address : address.substring(0, 64);
    }

    @Access.Secretary
    @Transactional(readOnly = true)
    public List<AuditRecord> trail(String entityType, Long entityId) {
        return events.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc(entityType, entityId).stream()
                .map(AuditRecord::of)
                .toList();
    }

    @Access.Admin
    @Transactional(readOnly = true)
    public Page<AuditRecord> search(String text, Pageable pageable) {
        String needle = text == null ? "" : VietnameseText.clean(text).toLowerCase(java.util.Locale.ROOT);
        return events.search(needle, pageable).map(AuditRecord::of);
    }
}
