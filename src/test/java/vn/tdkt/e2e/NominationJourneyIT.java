package vn.tdkt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.nomination.domain.DecidingBody;
import vn.tdkt.nomination.domain.RoundKind;
import vn.tdkt.nomination.service.AwardRoundService.RoundForm;
import vn.tdkt.nomination.service.AwardRoundService;
import vn.tdkt.organization.service.PersonService.StaffMember;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService;

/**
 * A round from the unit's proposal to the published list: Phòng Tổng hợp's officer proposes its
 * head (on a CSTĐCS run, registered for the title) for CSTĐ cấp tỉnh and a colleague without the
 * run, sees both checklists and submits; the secretary returns one for supplement, the officer
 * completes and resubmits, the secretary accepts and publishes; a viewer reads the list and
 * sends an objection.
 */
class NominationJourneyIT extends BrowserJourney {

    private Long roundId;
    private List<StaffMember> staff;

    /** The secretary's round for this journey: receiving today, its public period from today on. */
    private void openRound() {
        UserDetails secretary = context.getBean(UserDetailsService.class).loadUserByUsername("thuongtruc");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                secretary, null, secretary.getAuthorities()));
        try {
            LocalDate today = LocalDate.now(context.getBean(Clock.class));
            UnitService units = context.getBean(UnitService.class);
            AwardTypeService types = context.getBean(AwardTypeService.class);
            Set<Long> awards = Set.of(award(types, "LDTT"), award(types, "CSTD_TINH"));
            roundId = context.getBean(AwardRoundService.class).save(new RoundForm(null, 0,
                    "Xét khen thưởng chuyên đề " + System.nanoTime() % 100_000, RoundKind.CHUYEN_DE, today.getYear(),
                    today.getYear(), null, DecidingBody.OWN_COUNCIL, null,
                    units.options("van phong tinh uy quang tri", 0, 1).getFirst().id(), Set.of(), awards, today,
                    today, today, today.plusDays(10))).id();
            staff = context.getBean(PersonService.class).staffOf(
                    units.options("phong tong hop van phong tinh uy quang tri", 0, 1).getFirst().id());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static Long award(AwardTypeService types, String code) {
        return types.search("", null).stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow().id();
    }

    private void pick(String comboId, String text) {
        page.locator("#" + comboId + " input").fill(text);
        page.locator("vaadin-combo-box-item").getByText(text).first().click();
    }

    private void confirm() {
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button], vaadin-confirm-dialog "
                + "vaadin-button[slot=confirm-button]").locator("visible=true").first().click();
    }

    private void propose(StaffMember person, String awardName, String expectedVerdict) {
        page.navigate(url("thi-dua/dot-xet/chi-tiet/" + roundId));
        page.locator("#nominations-new").click();
        pick("nomination-person", person.fullName());
        pick("nomination-award", awardName);
        assertThat(page.locator("#nomination-verdict")).hasText(expectedVerdict);
    }

    private void fillAndSave() {
        page.locator("#nomination-summary textarea").fill("Hoàn thành xuất sắc nhiệm vụ tham mưu tổng hợp");
        page.locator("#nomination-achievements textarea").fill("Chủ trì 24 báo cáo định kỳ của Thường trực Tỉnh ủy");
        page.locator("#nomination-save").click();
        assertThat(page.locator("#nomination-status")).hasText("Dự thảo");
    }

    private void submit() {
        page.locator("#nomination-submit").click();
        confirm();
        assertThat(page.locator("#nomination-status")).hasText("Đã nộp, chờ thẩm định");
    }

    private void openNomination(String name) {
        page.navigate(url("thi-dua/dot-xet/chi-tiet/" + roundId));
        page.locator("#nominations-grid vaadin-grid-cell-content").getByText(name, new Locator.GetByTextOptions()
                .setExact(true)).first().click();
        assertThat(page.locator("#nomination-title")).containsText(name);
    }

    @Test
    void a_unit_proposes_the_secretary_reviews_and_publishes_and_staff_object() {
        openRound();
        StaffMember head = staff.getFirst();
        StaffMember colleague = staff.get(3);

        loginAs("canbo.tonghop");
        // The home page lists the rounds the unit may propose in, with their deadlines.
        assertThat(page.locator("#home-tasks")).containsText("Lập, nộp hồ sơ đề nghị của đơn vị");
        screenshot("home-officer");
        propose(head, "Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh", "Cần xác nhận");
        assertThat(page.locator("#nomination-checklist")).containsText("Chiến sĩ thi đua cơ sở liên tục");
        screenshot("nomination-checklist-streak");
        fillAndSave();
        submit();

        propose(colleague, "Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh", "Chưa đủ điều kiện");
        assertThat(page.locator("#nomination-checklist")).containsText("Không đạt");
        screenshot("nomination-checklist-blocked");
        pick("nomination-award", "Lao động tiên tiến");
        fillAndSave();
        submit();
        logout();

        loginAs("thuongtruc");
        assertThat(page.locator("#home-tasks")).containsText("hồ sơ chờ thẩm định");
        assertThat(page.locator("#home-own-record")).containsText("Chiến sĩ thi đua cơ sở");
        screenshot("home-secretary");
        openNomination(head.fullName());
        page.locator("#nomination-return").click();
        page.locator("#nomination-dialog-text textarea").fill("Bổ sung biên bản họp xét của phòng");
        page.locator("#nomination-dialog-confirm").click();
        assertThat(page.locator("#nomination-status")).hasText("Trả lại bổ sung");
        logout();

        loginAs("canbo.tonghop");
        openNomination(head.fullName());
        assertThat(page.locator("#nomination-return-comment")).containsText("Bổ sung biên bản họp xét của phòng");
        page.locator("#nomination-votes-for input").fill("9");
        page.locator("#nomination-votes-total input").fill("10");
        page.locator("#nomination-save").click();
        // The page is shown anew after the save: wait for it before submitting.
        assertThat(page.locator("vaadin-notification-card").getByText("Đã lưu hồ sơ của " + head.fullName())
                .first()).isVisible();
        assertThat(page.locator("#nomination-votes-for input")).hasValue("9");
        submit();
        logout();

        loginAs("thuongtruc");
        for (StaffMember person : List.of(head, colleague)) {
            openNomination(person.fullName());
            page.locator("#nomination-accept").click();
            confirm();
            assertThat(page.locator("#nomination-status")).hasText("Chấp nhận");
        }
        page.navigate(url("thi-dua/dot-xet/chi-tiet/" + roundId));
        page.locator("#round-to-reviewing").click();
        page.locator("#round-step-confirm").click();
        assertThat(page.locator("#round-status")).hasText("Đang thẩm định");
        page.locator("#round-to-published").click();
        page.locator("#round-step-confirm").click();
        assertThat(page.locator("#round-status")).hasText("Công khai");
        screenshot("round-published");
        logout();

        loginAs("xem");
        page.navigate(url("thi-dua/dot-xet/chi-tiet/" + roundId));
        assertThat(page.locator("#candidates-grid")).containsText(head.fullName());
        assertThat(page.locator("#candidates-grid")).containsText(colleague.fullName());
        page.locator("#candidates-grid vaadin-button").first().click();
        page.locator("#objection-body textarea").fill("Đề nghị làm rõ thời gian công tác tại phòng");
        page.locator("#objection-confirm").click();
        assertThat(page.locator("#objections-grid")).containsText("Đề nghị làm rõ thời gian công tác tại phòng");
        screenshot("round-objection");
    }
}
