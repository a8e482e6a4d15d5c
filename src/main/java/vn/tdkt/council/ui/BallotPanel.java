package vn.tdkt.council.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.catalog.domain.VoteRule;
import vn.tdkt.council.service.BallotRecords.BallotResult;
import vn.tdkt.council.service.BallotRecords.CandidateResult;

/**
 * One ballot at a meeting: while open only how many members present have voted (never a count
 * of choices); once locked the tally and the verdict of each candidate, which no one can change.
 */
class BallotPanel extends Composite<VerticalLayout> {

    BallotPanel(BallotResult ballot, Runnable onClose) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.addClassName("tdkt-ballot");
        layout.setId("ballot-" + ballot.id());
        Span state = new Span(getTranslation("BallotStatus." + ballot.status()));
        state.getElement().getThemeList().add(ballot.locked() ? "badge success" : "badge contrast");
        state.setId("ballot-status-" + ballot.id());
        Span voted = new Span(getTranslation("ballot.voted", ballot.votedCount(), ballot.presentCount(),
                ballot.memberCount()));
        HorizontalLayout head = new HorizontalLayout(new H5(getTranslation("ballot.round", ballot.votingRound())),
                state, voted, new Span(rule(ballot.rule(), ballot.sharePercent())));
        head.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        head.getStyle().set("flex-wrap", "wrap");
        layout.add(head);
        if (!ballot.locked() && onClose != null) {
            Button close = Ui.button("ballot.close", VaadinIcon.LOCK, () -> Ui.confirm("ballot.closeTitle",
                    getTranslation("ballot.closeText", ballot.votedCount(), ballot.presentCount()), "ballot.close",
                    onClose));
            close.setId("close-ballot-" + ballot.id());
            head.add(close);
        }
        if (ballot.locked()) {
            Grid<CandidateResult> grid = new Grid<>();
            grid.addColumn(CandidateResult::recipientName).setHeader(getTranslation("ballot.candidate"))
                    .setAutoWidth(true);
            grid.addColumn(CandidateResult::agree).setHeader(getTranslation("VoteChoice.AGREE")).setAutoWidth(true);
            grid.addColumn(CandidateResult::disagree).setHeader(getTranslation("VoteChoice.DISAGREE"))
                    .setAutoWidth(true);
            grid.addColumn(CandidateResult::abstain).setHeader(getTranslation("VoteChoice.ABSTAIN"))
                    .setAutoWidth(true);
            grid.addColumn(c -> c.opinionsAgree() + " / " + c.opinionsDisagree())
                    .setHeader(getTranslation("ballot.opinions")).setAutoWidth(true);
            grid.addColumn(c -> String.join("; ", c.recusedBy())).setHeader(getTranslation("ballot.recused"));
            grid.addColumn(c -> String.format(Locale.forLanguageTag("vi"), "%.1f %% / %d",
                    c.agreePercent() == null ? 0.0 : c.agreePercent(), c.base()))
                    .setHeader(getTranslation("ballot.share")).setAutoWidth(true);
            grid.addComponentColumn(c -> {
                Span verdict = new Span(getTranslation(Boolean.TRUE.equals(c.passed()) ? "ballot.passed"
                        : "ballot.failed"));
                verdict.getElement().getThemeList().add(Boolean.TRUE.equals(c.passed()) ? "badge success"
                        : "badge error");
                return verdict;
            }).setHeader(getTranslation("ballot.result")).setAutoWidth(true);
            grid.setItems(ballot.candidates());
            grid.setAllRowsVisible(true);
            Ui.keepHeight(grid);
            layout.add(grid);
        }
    }

    static String rule(VoteRule rule, Integer share) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return switch (rule) {
            case NONE -> ui.getTranslation("ballot.rule.NONE");
            case MAJORITY -> ui.getTranslation("ballot.rule.MAJORITY");
            case SHARE -> ui.getTranslation("ballot.rule.SHARE", share);
        };
    }
}
