package vn.tdkt.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.base.ui.EntityDialog;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.council.domain.VoteChoice;
import vn.tdkt.council.service.BallotRecords.Paper;
import vn.tdkt.council.service.BallotRecords.PaperLine;
import vn.tdkt.council.service.BallotService;

/**
 * A council member's own ballot papers (phiếu bầu) for the ballots open now: one choice per
 * candidate, or standing aside from a candidate with a reason; sent once, never changed.
 */
@Route("thi-dua/bo-phieu")
@Menu(title = "nav.vote", order = 10, icon = "vaadin:check-square-o")
@RolesAllowed({"ADMIN", "SECRETARY", "COUNCIL_MEMBER"})
public class VoteView extends VerticalLayout implements HasDynamicTitle {

    private final BallotService ballots;
    private final Div papers = new Div();

    public VoteView(BallotService ballots) {
        this.ballots = ballots;
        addClassName("tdkt-view");
        Button refresh = Ui.button("meeting.refresh", VaadinIcon.REFRESH, this::render);
        refresh.setId("refresh-papers");
        papers.setWidthFull();
        add(new Paragraph(getTranslation("vote.secrecy")), refresh, papers);
        render();
    }

    private void render() {
        papers.removeAll();
        List<Paper> open = ballots.myPapers();
        if (open.isEmpty()) {
            Span none = new Span(getTranslation("vote.none"));
            none.setId("no-papers");
            papers.add(none);
        }
        open.forEach(p -> papers.add(paper(p)));
    }

    private VerticalLayout paper(Paper p) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("paper-" + p.ballotId());
        box.add(new H3(getTranslation("vote.paperTitle", p.awardName(), p.votingRound())),
                new Span(p.meetingTitle() + " — " + BallotPanel.rule(p.rule(), p.sharePercent())));
        if (p.voted()) {
            Span done = new Span(getTranslation("vote.done", p.votedCount(), p.presentCount()));
            done.setId("voted-" + p.ballotId());
            done.getElement().getThemeList().add("badge success");
            box.add(done);
            return box;
        }
        Map<Long, RadioButtonGroup<VoteChoice>> choices = new HashMap<>();
        for (PaperLine line : p.lines()) {
            HorizontalLayout row = Ui.toolbar(new Span(Ui.join(line.recipientName(), line.unitName())));
            row.getChildren().findFirst().ifPresent(c -> c.getElement().getStyle().set("flex", "1 1 24rem"));
            if (line.recusalReason() != null) {
                Span recused = new Span(getTranslation("vote.recused", line.recusalReason()));
                recused.getElement().getThemeList().add("badge contrast");
                row.add(recused);
            } else {
                RadioButtonGroup<VoteChoice> choice = new RadioButtonGroup<>();
                choice.setItems(VoteChoice.values());
                choice.setItemLabelGenerator(c -> getTranslation("VoteChoice." + c));
                choice.setId("choice-" + line.nominationId());
                choices.put(line.nominationId(), choice);
                Button recuse = Ui.button("vote.recuse", VaadinIcon.HAND, () -> recuse(p, line));
                recuse.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
                row.add(choice, recuse);
            }
            box.add(row);
        }
        Button all = Ui.button("vote.agreeAll", VaadinIcon.CHECK,
                () -> choices.values().forEach(c -> c.setValue(VoteChoice.AGREE)));
        all.setId("agree-all-" + p.ballotId());
        Button send = Ui.primary("vote.send", VaadinIcon.PAPERPLANE, () -> {
            Map<Long, VoteChoice> paper = new HashMap<>();
            choices.forEach((id, c) -> paper.put(id, c.getValue()));
            Ui.confirm("vote.sendTitle", getTranslation("vote.sendText"), "vote.send", () -> {
                ballots.vote(p.ballotId(), paper);
                Notifications.success(getTranslation("vote.sent"));
                render();
            });
        });
        send.setId("send-" + p.ballotId());
        box.add(Ui.toolbar(all, send));
        return box;
    }

    private void recuse(Paper p, PaperLine line) {
        TextField reason = new TextField(getTranslation("vote.recuseReason"));
        reason.setValue(getTranslation("vote.recuseDefault"));
        EntityDialog dialog = new EntityDialog(getTranslation("vote.recuseTitle", line.recipientName()), () -> {
            ballots.recuse(p.ballotId(), line.nominationId(), reason.getValue());
            render();
        });
        dialog.wideField("recusalReason", reason);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.vote");
    }
}
