package vn.tdkt.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.council.service.BallotService;
import vn.tdkt.council.service.MeetingService;
import vn.tdkt.nomination.domain.NominationStatus;
import vn.tdkt.nomination.service.NominationService;

/**
 * The council's secret ballot in the browser, on the demo's round already at the council: the
 * standing secretary schedules the meeting and opens the ballot on Lao động tiên tiến; the chair
 * and the seven members vote each from their own browser (a separate context, so a separate
 * session); the secretary votes last, the ballot closes by itself and the locked result shows.
 * Then the minutes print, the secretary issues the office's numbered decision for those who
 * passed, they appear in the register and a certificate downloads.
 */
class CouncilJourneyIT extends BrowserJourney {

    private static final List<String> MEMBERS = List.of("chutich", "uyvien1", "uyvien2", "uyvien3", "uyvien4",
            "uyvien5", "uyvien6", "uyvien7");

    private <T> T as(String username, Supplier<T> action) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void confirm() {
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button], vaadin-confirm-dialog "
                + "vaadin-button[slot=confirm-button]").locator("visible=true").first().click();
    }

    /** On the voting screen of the current page: agree to every candidate and send the paper. */
    private void castPaper(Long ballotId, boolean last) {
        page.navigate(url("thi-dua/bo-phieu"));
        page.locator("#agree-all-" + ballotId).click();
        if (last) {
            screenshot("council-paper-filled");
        }
        page.locator("#send-" + ballotId).click();
        confirm();
        if (last) {
            // The last paper of the members present closed the ballot: nothing is open for anyone any more.
            assertThat(page.locator("#no-papers")).isVisible();
        } else {
            assertThat(page.locator("#voted-" + ballotId)).containsText("Đồng chí đã bỏ phiếu");
        }
    }

    @Test
    void the_secretary_opens_the_ballot_the_members_vote_from_their_own_devices_and_the_result_locks() {
        Long ldtt = as("thuongtruc", () -> context.getBean(AwardTypeService.class).search("", null).stream()
                .filter(a -> a.code().equals("LDTT")).findFirst().orElseThrow().id());

        loginAs("thuongtruc");
        page.navigate(url("thi-dua/phien-hop"));
        page.locator("#schedule-meeting").click();
        page.locator("#meeting-round input").fill("kỷ niệm ngày truyền thống");
        page.locator("vaadin-combo-box-item").first().click();
        page.locator("#dialog-save").click();
        assertThat(page.locator("#quorum")).hasText("Có mặt 9/9 (quy định 2/3): đủ");
        screenshot("council-meeting-scheduled");
        page.locator("#open-ballot-" + ldtt).click();
        assertThat(page.locator("[id^=ballot-status-]").first()).hasText("Đang bỏ phiếu");
        Long meetingId = Long.valueOf(page.url().replaceAll(".*/", ""));
        Long ballotId = as("thuongtruc", () -> context.getBean(BallotService.class).ofMeeting(meetingId)
                .getFirst().id());
        assertThat(page.locator("#ballot-status-" + ballotId)).hasText("Đang bỏ phiếu");
        screenshot("council-ballot-open");

        Page secretary = page;
        Browser browser = page.context().browser();
        for (String member : MEMBERS) {
            page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 860).setLocale("vi-VN"))
                    .newPage();
            page.setDefaultTimeout(20_000);
            try {
                loginAs(member);
                castPaper(ballotId, false);
                if (member.equals("chutich")) {
                    screenshot("council-paper-cast-chutich");
                }
            } finally {
                page.context().close();
            }
        }
        page = secretary;
        castPaper(ballotId, true);

        page.navigate(url("thi-dua/phien-hop/chi-tiet/" + meetingId));
        assertThat(page.locator("#ballot-status-" + ballotId)).hasText("Đã khóa kết quả");
        assertThat(page.locator("#ballot-" + ballotId)).containsText("Thông qua");
        assertThat(page.locator("#close-ballot-" + ballotId)).hasCount(0);
        page.locator("#ballot-" + ballotId).scrollIntoViewIfNeeded();
        screenshot("council-ballot-locked");
        as("thuongtruc", () -> {
            context.getBean(BallotService.class).get(ballotId).candidates().forEach(c -> {
                org.assertj.core.api.Assertions.assertThat(c.agree()).isEqualTo(9);
                org.assertj.core.api.Assertions.assertThat(context.getBean(NominationService.class)
                        .get(c.nominationId()).row().status()).isEqualTo(NominationStatus.PASSED);
            });
            return context.getBean(MeetingService.class).get(meetingId);
        });

        page.locator("#open-minutes").click();
        assertThat(page.locator("vaadin-app-layout")).containsText("Kết quả bỏ phiếu kín");
        screenshot("council-minutes");
        page.locator("#ballot-" + ballotId).scrollIntoViewIfNeeded();
        screenshot("council-minutes-ballot");
        Download minutes = page.waitForDownload(() -> page.locator("#download-minutes-pdf").click());
        org.assertj.core.api.Assertions.assertThat(pdfText(minutes)).contains("BIÊN BẢN", "9/9", "Đạt");

        // The secretary issues the office's numbered decision for those who passed; they join the
        // register and their certificates print.
        Long roundId = as("thuongtruc", () -> context.getBean(MeetingService.class).get(meetingId).roundId());
        List<String> passed = as("thuongtruc", () -> context.getBean(BallotService.class).get(ballotId).candidates()
                .stream().map(c -> c.recipientName()).toList());
        page.navigate(url("thi-dua/ban-hanh/" + roundId));
        // The button names the number to be taken: "Ban hành quyết định (2 người, tập thể; số 1-QĐ/VPTU)".
        String number = page.locator("#issue-decide").textContent().replaceAll("(?s).*số (\\S+)\\).*", "$1");
        page.locator("#issue-signer input").fill("Nguyễn Khánh Vũ");
        page.locator("#issue-signer-title input").fill("Chánh Văn phòng Tỉnh ủy");
        page.locator("#issue-decide").click();
        page.locator("#issue-confirm").click();
        assertThat(page.locator("vaadin-grid-cell-content").getByText("Đã quyết định khen thưởng").first())
                .isVisible();
        screenshot("council-decision-issued");

        page.navigate(url("so-khen-thuong/quyet-dinh"));
        page.locator("vaadin-grid-cell-content").getByText(number, new Locator.GetByTextOptions().setExact(true))
                .first().click();
        assertThat(page.locator("#decision-status")).hasText("Đã vào sổ");
        for (String name : passed) {
            assertThat(page.locator("vaadin-grid-cell-content").getByText(name).first()).isVisible();
        }
        screenshot("council-decision-in-register");
        Download certificate = page.waitForDownload(() -> page.locator("[id^=certificate-]").first().click());
        org.assertj.core.api.Assertions.assertThat(pdfText(certificate)).contains("TẶNG DANH HIỆU",
                "LAO ĐỘNG TIÊN TIẾN", number);
    }

    private static String pdfText(Download download) {
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            return Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
