package vn.tdkt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.council.CouncilRounds;
import vn.tdkt.council.service.IssuingService.IssueCandidate;
import vn.tdkt.council.ui.IssueDecisionView;
import vn.tdkt.decision.service.DecisionRecords.DecisionFilter;
import vn.tdkt.decision.service.DecisionService;
import vn.tdkt.nomination.domain.RoundStatus;
import vn.tdkt.nomination.service.AwardRoundService;
import vn.tdkt.nomination.service.AwardRoundService.RoundDetails;
import vn.tdkt.nomination.service.NominationService;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.PersonService.StaffMember;
import vn.tdkt.support.KaribuTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;

class IssueDecisionViewTest extends KaribuTest {

    @Autowired
    AwardRoundService rounds;
    @Autowired
    NominationService nominations;
    @Autowired
    DecisionService decisions;
    @Autowired
    PersonService people;
    @Autowired
    TestData data;
    @Autowired
    RunAs run;

    @SuppressWarnings("unchecked")
    private static List<IssueCandidate> rows(String id) {
        Grid<IssueCandidate> grid = _get(Grid.class, spec -> spec.withId(id));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    @Test
    void the_secretary_issues_the_decision_and_the_submission_after_confirming_and_closes_the_round() {
        login("thuongtruc");
        Long department = data.unit("phong tong hop van phong tinh uy quang tri");
        List<StaffMember> staff = people.staffOf(department);
        CouncilRounds council = new CouncilRounds(rounds, nominations, run,
                data.unit("van phong tinh uy quang tri"), department);
        Long ldtt = data.award("LDTT");
        Long province = data.award("CSTD_TINH");
        RoundDetails round = run.as("thuongtruc", () -> {
            RoundDetails r = council.open(Set.of(ldtt, province));
            Long a = council.accepted(r, RecipientKind.INDIVIDUAL, staff.get(7).personId(), ldtt);
            Long b = council.accepted(r, RecipientKind.INDIVIDUAL, staff.get(8).personId(), province);
            council.atCouncil(r);
            nominations.recordCouncilVerdict(List.of(a, b), true, "Biểu quyết thông qua");
            return r;
        });

        UI.getCurrent().navigate(IssueDecisionView.class, round.id());
        assertThat(rows("issue-candidates-" + ldtt)).extracting(IssueCandidate::name)
                .containsExactly(staff.get(7).fullName());
        assertThat(_get(Span.class, spec -> spec.withId("issue-total")).getText())
                .isEqualTo("Tổng tiền thưởng: 760.000 đồng");
        Button decide = _get(Button.class, spec -> spec.withId("issue-decide"));
        assertThat(decide.getText()).startsWith("Ban hành quyết định (1 người, tập thể; số ").endsWith("-QĐ/VPTU)");
        _get(TextField.class, spec -> spec.withId("issue-signer")).setValue("Nguyễn Khánh Vũ");

        decide.click();
        _get(Button.class, spec -> spec.withId("issue-confirm")).click();

        assertThat(rows("issue-candidates-" + ldtt)).extracting(IssueCandidate::status)
                .containsExactly(vn.tdkt.nomination.domain.NominationStatus.DECIDED);
        assertThat(_get(Button.class, spec -> spec.withId("issue-decide")).isEnabled()).isFalse();
        assertThat(decisions.page(new DecisionFilter("-QĐ/VPTU", 2026, null), 0, 200))
                .anyMatch(d -> d.decisionDate().equals(java.time.LocalDate.of(2026, 11, 20)));

        _get(Button.class, spec -> spec.withId("issue-forward")).click();
        _get(Button.class, spec -> spec.withId("issue-confirm")).click();
        @SuppressWarnings("unchecked")
        Grid<?> submissions = _get(Grid.class, spec -> spec.withId("issue-submissions"));
        assertThat(GridKt._size(submissions)).isEqualTo(1);

        _get(Button.class, spec -> spec.withId("issue-round-decided")).click();
        assertThat(run.as("thuongtruc", () -> rounds.get(round.id())).status()).isEqualTo(RoundStatus.DECIDED);
    }
}
