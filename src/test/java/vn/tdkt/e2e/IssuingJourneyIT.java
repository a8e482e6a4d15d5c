package vn.tdkt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.council.CouncilRounds;
import vn.tdkt.decision.domain.DocumentKind;
import vn.tdkt.decision.service.NumberingService;
import vn.tdkt.nomination.service.AwardRoundService;
import vn.tdkt.nomination.service.AwardRoundService.RoundDetails;
import vn.tdkt.nomination.service.NominationService;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.PersonService.StaffMember;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.support.RunAs;

/**
 * After the council passed Phòng Tổng hợp's candidates (recorded straight through the
 * nomination service: the council's meetings are another feature), the secretary issues the
 * office's decision for LĐTT and the tờ trình for CSTĐ cấp tỉnh; the recipients appear in the register.
 */
class IssuingJourneyIT extends BrowserJourney {

    @Test
    void the_secretary_issues_the_decision_and_the_recipient_appears_in_the_register() {
        RunAs run = new RunAs(context.getBean(UserDetailsService.class));
        UnitService units = context.getBean(UnitService.class);
        AwardTypeService types = context.getBean(AwardTypeService.class);
        NominationService nominations = context.getBean(NominationService.class);
        Object[] setUp = run.as("thuongtruc", () -> {
            Long office = units.options("van phong tinh uy quang tri", 0, 1).getFirst().id();
            Long department = units.options("phong tong hop van phong tinh uy quang tri", 0, 1).getFirst().id();
            List<StaffMember> staff = context.getBean(PersonService.class).staffOf(department);
            CouncilRounds council = new CouncilRounds(context.getBean(AwardRoundService.class), nominations, run,
                    office, department);
            Long ldtt = award(types, "LDTT");
            Long province = award(types, "CSTD_TINH");
            RoundDetails round = council.open(Set.of(ldtt, province));
            Long a = council.accepted(round, RecipientKind.INDIVIDUAL, staff.get(1).personId(), ldtt);
            Long b = council.accepted(round, RecipientKind.INDIVIDUAL, staff.get(0).personId(), province);
            council.atCouncil(round);
            nominations.recordCouncilVerdict(List.of(a, b), true, "Biểu quyết thông qua");
            String next = context.getBean(NumberingService.class).nextNumber(office, DocumentKind.DECISION,
                    java.time.LocalDate.of(2026, 11, 20)).orElseThrow();
            return new Object[] {round.id(), staff.get(1).fullName(), next};
        });

        loginAs("thuongtruc");
        page.navigate(url("thi-dua/ban-hanh/" + setUp[0]));
        assertThat(page.locator("#issue-decide")).containsText((String) setUp[2]);
        assertThat(page.locator("#issue-total")).hasText("Tổng tiền thưởng: 760.000 đồng");
        page.locator("#issue-signer input").fill("Nguyễn Khánh Vũ");
        page.locator("#issue-signer-title input").fill("Chánh Văn phòng Tỉnh ủy");
        screenshot("issue-before");
        page.locator("#issue-decide").click();
        assertThat(page.locator("#issue-confirm")).isVisible();
        page.locator("#issue-confirm").click();
        assertThat(page.locator("vaadin-grid-cell-content").getByText("Đã quyết định khen thưởng").first())
                .isVisible();
        page.locator("#issue-forward").click();
        page.locator("#issue-confirm").click();
        assertThat(page.locator("#issue-submissions")).isVisible();
        assertThat(page.locator("#issue-round-decided")).isVisible();
        screenshot("issue-after");

        page.navigate(url("so-khen-thuong/quyet-dinh"));
        assertThat(page.locator("vaadin-grid-cell-content").getByText((String) setUp[2],
                new Locator.GetByTextOptions().setExact(true)).first()).isVisible();
        screenshot("issue-register");
    }

    private static Long award(AwardTypeService types, String code) {
        return types.search("", null).stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow().id();
    }
}
