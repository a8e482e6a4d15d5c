package vn.tdkt.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.service.AuditService.AuditRecord;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.service.PersistenceConfig;
import vn.tdkt.base.ui.Ui;

/** The whole audit trail, newest first, paged from the database. ADMIN only. */
@Route("quan-tri/nhat-ky")
@Menu(title = "nav.audit", order = 31, icon = "vaadin:records")
@RolesAllowed("ADMIN")
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    public AuditLogView(AuditService audit) {
        addClassName("tdkt-view");
        setSizeFull();
        Grid<AuditRecord> grid = new Grid<>();
        TextField search = Ui.searchField("audit.search", () -> grid.getDataProvider().refreshAll());
        grid.addColumn(r -> Formats.DATE_TIME.format(r.occurredAt().atZone(PersistenceConfig.ZONE)))
                .setHeader(getTranslation("field.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRecord::username).setHeader(getTranslation("field.username")).setAutoWidth(true);
        grid.addColumn(r -> AuditLabels.action(this, r)).setHeader(getTranslation("field.action"))
                .setAutoWidth(true);
        grid.addColumn(r -> AuditLabels.record(this, r))
                .setHeader(getTranslation("field.record")).setAutoWidth(true);
        grid.addColumn(AuditLabels::summary).setHeader(getTranslation("field.summary")).setFlexGrow(3);
        grid.addColumn(AuditRecord::sourceAddress).setHeader(getTranslation("field.sourceAddress"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(new CallbackDataProvider<>(q -> {
            int size = Math.max(q.getLimit(), 1);
            return audit.search(search.getValue(), PageRequest.of(q.getOffset() / size, size,
                    Sort.by(Sort.Direction.DESC, "occurredAt", "id"))).stream();
        }, q -> (int) audit.search(search.getValue(), PageRequest.of(0, 1)).getTotalElements()));
        Ui.emptyState(grid, "audit.empty");
        grid.setSizeFull();
        add(Ui.toolbar(search), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
