package vn.tdkt.audit.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.tdkt.audit.service.AuditService.AuditRecord;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.service.PersistenceConfig;

/** "Lịch sử thay đổi" of one record, newest first, shown on admin forms. */
public class AuditTrailPanel extends Details {

    public AuditTrailPanel(AuditService audit, String entityType, Long entityId) {
        setSummaryText(getTranslation("history.title"));
        setWidthFull();
        addOpenedChangeListener(e -> {
            if (e.isOpened() && getContent().findAny().isEmpty()) {
                show(audit.trail(entityType, entityId));
            }
        });
    }

    private void show(List<AuditRecord> records) {
        if (records.isEmpty()) {
            Span empty = new Span(getTranslation("history.empty"));
            empty.addClassName("tdkt-empty");
            add(empty);
            return;
        }
        for (AuditRecord r : records) {
            Div item = new Div();
            item.addClassName("tdkt-history-item");
            String when = Formats.DATE_TIME.format(r.occurredAt().atZone(PersistenceConfig.ZONE));
            item.add(new Div(new Span(when + " · " + r.username() + " · "
                    + AuditLabels.action(this, r))));
            if (r.summary() != null) {
                item.add(new Div(new Span(AuditLabels.summary(r))));
            }
            add(item);
        }
    }
}
