package vn.tdkt.audit.domain;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Append-only: save and read, nothing else. */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc(String entityType, Long entityId);

    @Query("""
            select e from AuditEvent e
            where (:text = '' or lower(e.username) like concat('%', :text, '%')
                   or lower(e.entityType) like concat('%', :text, '%')
                   or lower(e.summary) like concat('%', :text, '%'))
            """)
    Page<AuditEvent> search(@Param("text") String text, Pageable pageable);
}
