package vn.tdkt.council.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.tdkt.base.service.Formats;
import vn.tdkt.council.service.BallotRecords.BallotResult;
import vn.tdkt.council.service.MeetingRecords.AttendanceRecord;
import vn.tdkt.council.service.MinutesDocuments;
import vn.tdkt.council.service.MinutesService;
import vn.tdkt.council.service.MinutesService.MinutesRecord;
import vn.tdkt.reporting.ui.Downloads;

/** The minutes (biên bản) of a meeting on screen: the same content the printed minutes carry. */
@Route("thi-dua/phien-hop/bien-ban")
@RolesAllowed({"ADMIN", "SECRETARY", "COUNCIL_MEMBER"})
public class MinutesView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final MinutesService minutes;
    private final MinutesDocuments documents;

    public MinutesView(MinutesService minutes, MinutesDocuments documents) {
        this.minutes = minutes;
        this.documents = documents;
        addClassName("tdkt-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        MinutesRecord m = minutes.minutes(id);
        add(new H3(getTranslation("minutes.title", m.councilName())));
        HorizontalLayout print = new HorizontalLayout(new Span(getTranslation("document.print") + ":"),
                Downloads.link("download-minutes-docx", getTranslation("document.minutesDocx"), VaadinIcon.FILE_TEXT_O,
                        () -> documents.docx(id), null),
                Downloads.link("download-minutes-pdf", getTranslation("document.minutesPdf"), VaadinIcon.PRINT,
                        () -> documents.pdf(id), null));
        print.setId("minutes-documents");
        print.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(print);
        add(new Paragraph(getTranslation("minutes.opening", Formats.date(m.date()), m.place() == null ? ""
                : m.place(), m.roundName())));
        if (!m.finalText()) {
            add(new Paragraph(getTranslation("minutes.draft")));
        }
        add(new Paragraph(getTranslation("minutes.chairSecretary", text(m.chair()), text(m.secretary()))));
        add(new H4(getTranslation("minutes.attendance", m.presentCount(), m.memberCount())));
        add(list(m.present().stream().map(MinutesView::member).toList()));
        if (!m.absent().isEmpty()) {
            add(new Paragraph(getTranslation("minutes.absent")));
            add(list(m.absent().stream().map(MinutesView::member).toList()));
        }
        add(new Paragraph(getTranslation(m.quorum() ? "minutes.quorumMet" : "minutes.quorumMissing",
                m.quorumRule())));
        add(new H4(getTranslation("meeting.opinions")));
        add(m.opinions().isEmpty() ? new Paragraph(getTranslation("meeting.noOpinions"))
                : list(m.opinions().stream().map(o -> o.memberName() + " — " + o.recipientName() + ": "
                        + getTranslation(o.agree() ? "VoteChoice.AGREE" : "VoteChoice.DISAGREE")).toList()));
        add(new H4(getTranslation("minutes.ballots")));
        m.ballots().forEach(b -> add(new Paragraph(b.awardName() + " — " + getTranslation("ballot.round",
                b.votingRound())), new BallotPanel(b, null)));
        if (m.ballots().isEmpty()) {
            add(new Paragraph(getTranslation("minutes.noBallots")));
        }
        add(new H4(getTranslation("minutes.conclusions")));
        add(list(m.conclusions().stream().map(c -> c.recipientName() + " — " + c.awardName() + ": "
                + getTranslation(c.passed() ? "ballot.passed" : "ballot.failed")
                + (c.note() == null ? "" : " (" + c.note() + ")")).toList()));
        if (m.conclusion() != null) {
            add(new Paragraph(m.conclusion()));
        }
        long locked = m.ballots().stream().filter(BallotResult::locked).count();
        add(new Paragraph(getTranslation("minutes.summary", locked, m.ballots().size())));
    }

    private static String member(AttendanceRecord a) {
        return a.fullName() + " — " + com.vaadin.flow.component.UI.getCurrent().getTranslation("CouncilRole."
                + a.role());
    }

    private String text(String value) {
        return value == null ? "—" : value;
    }

    private static UnorderedList list(java.util.List<String> items) {
        UnorderedList list = new UnorderedList();
        items.forEach(i -> list.add(new ListItem(i)));
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("minutes.pageTitle");
    }
}
