package vn.tdkt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.audit.service.AuditService.AuditRecord;
import vn.tdkt.audit.ui.AuditLogView;
import vn.tdkt.base.ui.HomeView;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.decision.service.AwardListService;
import vn.tdkt.decision.service.DecisionRecords.AmendmentInfo;
import vn.tdkt.decision.service.DecisionRecords.AwardForm;
import vn.tdkt.decision.service.DecisionRecords.DecisionDetails;
import vn.tdkt.decision.service.DecisionRecords.DecisionForm;
import vn.tdkt.decision.service.DecisionService;
import vn.tdkt.organization.service.PositionService.PositionRecord;
import vn.tdkt.organization.service.PositionService;
import vn.tdkt.support.KaribuTest;
import vn.tdkt.support.TestData;
import vn.tdkt.support.Unique;

class AuditLogViewTest extends KaribuTest {

    @Autowired
    PositionService positions;
    @Autowired
    DecisionService decisions;
    @Autowired
    AwardListService awardLists;
    @Autowired
    TestData data;

    @SuppressWarnings("unchecked")
    private static Grid<AuditRecord> search(String text) {
        UI.getCurrent().navigate(AuditLogView.class);
        _get(TextField.class, spec -> spec.withPlaceholder("Tìm theo người dùng, loại bản ghi, nội dung"))
                .setValue(text);
        return _get(Grid.class, spec -> { });
    }

    private static List<List<String>> rows(Grid<AuditRecord> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormattedRow(grid, i)).toList();
    }

    @Test
    void an_administrator_finds_a_change_and_reads_who_did_what_to_which_record() {
        login("quantri");
        String name = "Chánh Thanh tra " + Unique.code("NK");
        PositionRecord created = positions.save(new PositionRecord(null, 0, name, 12, true));

        List<List<String>> rows = rows(search(name.toLowerCase()));

        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get(0)).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertThat(rows.getFirst().subList(1, 5)).containsExactly("quantri", "Tạo mới", "Chức vụ",
                name);
    }

    @Test
    void recording_and_amending_a_decision_read_as_words_in_the_log() {
        login("thuongtruc");
        String mark = Unique.code("NK").replace("_", "-");
        String number = mark + "/QĐ-UBND";
        DecisionDetails d = decisions.save(new DecisionForm(null, 0, data.unit("uy ban nhan dan tinh quang tri"),
                number, LocalDate.of(2025, 4, 1), "Người ký", null, null, 2024, 2024, null, null), null);
        d = awardLists.saveAward(d.id(), new AwardForm(null, 0, RecipientKind.COLLECTIVE, null,
                data.unit("phong tong hop van phong tinh uy quang tri"), data.award("TTLDTT"), 1, null, null, null),
                null);
        d = decisions.record(d.id(), d.version());
        decisions.save(new DecisionForm(d.id(), d.version(), d.issuerUnitId(), number, d.decisionDate(),
                "Người ký khác", null, null, 2024, 2024, null, null),
                new AmendmentInfo("Ghi nhầm người ký " + mark, null, null));

        login("quantri");
        List<List<String>> rows = rows(search(mark));

        // The decision, its recipient, the recording and the amendment (the plain update names no number).
        assertThat(rows).extracting(r -> r.get(2)).containsExactly("Điều chỉnh", "Vào sổ", "Tạo mới", "Tạo mới");
        assertThat(rows.getFirst().get(4)).isEqualTo("Ghi nhầm người ký " + mark
                + ": Người ký: Người ký → Người ký khác");
        assertThat(rows).extracting(r -> r.get(1)).containsOnly("thuongtruc");
        assertThat(rows).extracting(r -> r.get(2)).noneMatch(action -> action.startsWith("!"));
    }

    @Test
    void the_secretary_neither_sees_nor_opens_the_log() {
        login("thuongtruc");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(SideNavItem.class, spec -> { })).extracting(SideNavItem::getLabel)
                .contains("Quyết định khen thưởng").doesNotContain("Nhật ký hệ thống");

        UI.getCurrent().navigate(AuditLogView.class);

        _assertNone(AuditLogView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("access-denied")).getText())
                .isEqualTo(ViewsTest.ACCESS_DENIED_PAGE);
    }
}
