package vn.tdkt.history.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.history.domain.AwardRow;
import vn.tdkt.history.service.AwardSearchService;

/** Bảng vinh danh of a year: one section per award, flags and Bằng khen first, collectives before people. */
final class HonourBoard extends Div {

    static final int MAX_ROWS = 3000;

    HonourBoard(AwardSearchService register, int year, Long unitId, String unitName) {
        addClassName("tdkt-honour-board");
        setId("honour-board");
        add(new H2(getTranslation("honour.heading", year)));
        if (unitName != null) {
            add(new Paragraph(unitName));
        }
        List<AwardRow> rows = register.honourBoard(year, unitId, MAX_ROWS + 1);
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("honour.empty", year)));
            return;
        }
        if (rows.size() > MAX_ROWS) {
            add(new Paragraph(getTranslation("honour.truncated", MAX_ROWS)));
            rows = rows.subList(0, MAX_ROWS);
        }
        Map<String, List<AwardRow>> byAward = new LinkedHashMap<>();
        rows.forEach(r -> byAward.computeIfAbsent(r.awardName(), k -> new java.util.ArrayList<>()).add(r));
        byAward.forEach((award, recipients) -> {
            Div section = new Div(new H3(award + " (" + recipients.size() + ")"));
            section.addClassName("tdkt-honour-section");
            OrderedList list = new OrderedList();
            for (AwardRow r : recipients) {
                ListItem item = new ListItem(new Span(r.recipientName()));
                if (r.kind() == RecipientKind.INDIVIDUAL) {
                    Span where = new Span(" — " + Ui.join(r.positionName(), r.unitName()));
                    where.addClassName("tdkt-secondary");
                    item.add(where);
                }
                list.add(item);
            }
            section.add(list);
            add(section);
        });
    }
}
