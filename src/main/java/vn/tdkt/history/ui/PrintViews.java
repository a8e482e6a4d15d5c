package vn.tdkt.history.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import vn.tdkt.base.service.BusinessException;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.history.domain.AwardRow;
import vn.tdkt.history.service.AwardQuery;
import vn.tdkt.history.service.AwardSearchService;
import vn.tdkt.organization.service.UnitService;

/** Plain pages without the application frame, laid out for paper (A4), opened in a new tab. */
final class PrintViews {

    private PrintViews() {
    }

    static final int MAX_PRINT_ROWS = 5000;

    /** The register as last filtered in this session. */
    @Route(value = "in/so-khen-thuong", autoLayout = false)
    @PermitAll
    public static class RegisterPrint extends Div implements HasDynamicTitle {

        public RegisterPrint(AwardSearchService register) {
            addClassName("tdkt-print");
            Object stored = VaadinSession.getCurrent().getAttribute(AwardSearchView.SESSION_QUERY);
            AwardQuery query = stored instanceof AwardQuery q ? q : AwardQuery.all();
            long count = register.count(query);
            add(new H2(getTranslation("print.registerTitle")));
            add(new Paragraph(getTranslation("register.total", count)));
            if (count > MAX_PRINT_ROWS) {
                add(new Paragraph(getTranslation("print.truncated", MAX_PRINT_ROWS)));
            }
            NativeTable table = new NativeTable();
            NativeTableRow head = new NativeTableRow();
            for (String key : List.of("print.no", "register.recipient", "decision.positionUnit", "register.award",
                    "register.year", "register.decision", "register.issuer")) {
                head.add(new NativeTableHeaderCell(getTranslation(key)));
            }
            table.getHead().add(head);
            NativeTableBody body = table.addBody();
            int n = 1;
            for (AwardRow r : register.page(query, List.of(), 0, MAX_PRINT_ROWS)) {
                NativeTableRow row = new NativeTableRow();
                row.add(new NativeTableCell(String.valueOf(n++)), new NativeTableCell(r.recipientName()),
                        new NativeTableCell(r.kind() == vn.tdkt.catalog.domain.RecipientKind.INDIVIDUAL
                                ? Ui.join(r.positionName(), r.unitName()) : ""),
                        new NativeTableCell(r.awardName()), new NativeTableCell(r.years()),
                        new NativeTableCell(r.docNumber() + ", " + Formats.date(r.decisionDate())),
                        new NativeTableCell(r.issuer()));
                body.add(row);
            }
            add(table);
            getElement().executeJs("setTimeout(() => window.print(), 300)");
        }

        @Override
        public String getPageTitle() {
            return getTranslation("print.registerTitle");
        }
    }

    /** The honour board of {@code ?nam=2022&donvi=5}. */
    @Route(value = "in/vinh-danh", autoLayout = false)
    @PermitAll
    public static class HonourBoardPrint extends Div implements BeforeEnterObserver, HasDynamicTitle {

        private final AwardSearchService register;
        private final UnitService units;

        public HonourBoardPrint(AwardSearchService register, UnitService units) {
            this.register = register;
            this.units = units;
            addClassName("tdkt-print");
        }

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            var params = event.getLocation().getQueryParameters();
            int year = params.getSingleParameter("nam").map(v -> number("nam", v)).orElse(0L).intValue();
            Long unitId = params.getSingleParameter("donvi").map(v -> number("donvi", v)).orElse(null);
            add(new HonourBoard(register, year, unitId, unitId == null ? null : units.option(unitId).fullName()));
            getElement().executeJs("setTimeout(() => window.print(), 300)");
        }

        /** A number of the address, or a refusal that names the parameter (shown by {@code RefusedPageView}). */
        private static Long number(String parameter, String value) {
            try {
                return Long.valueOf(value.strip());
            } catch (NumberFormatException e) {
                throw new BusinessException("error.page.badNumber", parameter, value);
            }
        }

        @Override
        public String getPageTitle() {
            return getTranslation("nav.honourBoard");
        }
    }
}
