package vn.tdkt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import vn.tdkt.council.CouncilFixture;
import vn.tdkt.council.CouncilFixture.Setup;
import vn.tdkt.council.domain.VoteChoice;
import vn.tdkt.council.service.BallotRecords.BallotResult;
import vn.tdkt.council.service.BallotService;
import vn.tdkt.council.ui.CouncilView;
import vn.tdkt.council.ui.MeetingView;
import vn.tdkt.council.ui.MinutesView;
import vn.tdkt.council.ui.VoteView;
import vn.tdkt.support.KaribuTest;
import vn.tdkt.support.RunAs;
import vn.tdkt.support.TestData;

/** The council's screens: the roster, a meeting run by the secretary, and a member's ballot paper. */
@Import(CouncilFixture.class)
class CouncilViewsTest extends KaribuTest {

    @Autowired
    CouncilFixture fixture;
    @Autowired
    BallotService ballots;
    @Autowired
    TestData data;
    @Autowired
    RunAs run;

    @Test
    void the_council_screen_lists_the_nine_members_in_office_with_their_roles() {
        login("chutich");
        UI.getCurrent().navigate(CouncilView.class);
        @SuppressWarnings("unchecked")
        Grid<vn.tdkt.council.service.CouncilService.MemberRecord> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(9);
        assertThat(GridKt._get(grid, 0).fullName()).isEqualTo("Nguyễn Khánh Vũ");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Chủ tịch Hội đồng");
        // A member reads the roster; only the secretary and the administrator change it.
        _assertNone(Button.class, spec -> spec.withId("add-member"));
    }

    @Test
    void the_secretary_opens_the_ballot_on_the_meeting_screen_and_sees_only_how_many_voted() {
        Setup s = fixture.meeting("LDTT", 1);
        login("thuongtruc");
        UI.getCurrent().navigate(MeetingView.class, s.meeting().id());
        assertThat(_get(Span.class, spec -> spec.withId("quorum")).getText()).isEqualTo("Có mặt 9/9 (quy định 2/3): đủ");
        _get(Button.class, spec -> spec.withId("open-ballot-" + data.award("LDTT"))).click();
        BallotResult ballot = ballots.ofMeeting(s.meeting().id()).getFirst();
        assertThat(_get(Span.class, spec -> spec.withId("ballot-status-" + ballot.id())).getText())
                .isEqualTo("Đang bỏ phiếu");
        run.as("chutich", () -> ballots.vote(ballot.id(), java.util.Map.of(s.candidates().getFirst(),
                VoteChoice.AGREE)));
        _get(Button.class, spec -> spec.withId("refresh-meeting")).click();
        assertThat(_find(Span.class).stream().map(Span::getText))
                .contains("Đã bỏ phiếu: 1/9 thành viên có mặt (Hội đồng có 9 thành viên)");

        _get(Button.class, spec -> spec.withId("close-ballot-" + ballot.id())).click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(Span.class, spec -> spec.withId("ballot-status-" + ballot.id())).getText())
                .isEqualTo("Đã khóa kết quả");
        // 1 of 9 agreeing is no majority of all members: the verdict is shown and locked.
        assertThat(ballots.get(ballot.id()).candidates().getFirst().passed()).isFalse();
        _assertNone(Button.class, spec -> spec.withId("close-ballot-" + ballot.id()));

        _get(Button.class, spec -> spec.withId("open-minutes")).click();
        _get(MinutesView.class);
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class).stream().map(p -> p.getText()))
                .anyMatch(t -> t.contains("đạt tỷ lệ quy định"));
    }

    @Test
    void a_member_casts_a_paper_once_and_then_sees_only_that_they_voted() {
        Setup s = fixture.meeting("LDTT", 2);
        BallotResult ballot = run.as("thuongtruc", () -> ballots.open(s.meeting().id(), data.award("LDTT")));
        login("uyvien7");
        UI.getCurrent().navigate(VoteView.class);
        _get(Button.class, spec -> spec.withId("agree-all-" + ballot.id())).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<VoteChoice> first = _get(RadioButtonGroup.class,
                spec -> spec.withId("choice-" + s.candidates().get(1)));
        first.setValue(VoteChoice.ABSTAIN);
        _get(Button.class, spec -> spec.withId("send-" + ballot.id())).click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(Span.class, spec -> spec.withId("voted-" + ballot.id())).getText())
                .isEqualTo("Đồng chí đã bỏ phiếu. Đã có 1/9 thành viên có mặt bỏ phiếu.");
        _assertNone(Button.class, spec -> spec.withId("send-" + ballot.id()));
    }

    @Test
    void an_incomplete_paper_is_refused_with_a_message_and_nothing_is_recorded() {
        Setup s = fixture.meeting("LDTT", 1);
        BallotResult ballot = run.as("thuongtruc", () -> ballots.open(s.meeting().id(), data.award("LDTT")));
        login("uyvien6");
        UI.getCurrent().navigate(VoteView.class);
        _get(Button.class, spec -> spec.withId("send-" + ballot.id())).click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        _get(Button.class, spec -> spec.withId("send-" + ballot.id()));
        assertThat(run.as("thuongtruc", () -> ballots.get(ballot.id())).votedCount()).isZero();
    }
}
