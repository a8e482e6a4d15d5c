package vn.tdkt.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.ui.EntityDialog;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.council.service.BallotRecords.BallotResult;
import vn.tdkt.council.service.BallotService;
import vn.tdkt.council.service.MeetingRecords.AgendaGroup;
import vn.tdkt.council.service.MeetingRecords.AgendaItem;
import vn.tdkt.council.service.MeetingRecords.AttendanceRecord;
import vn.tdkt.council.service.MeetingRecords.MeetingDetails;
import vn.tdkt.council.service.MeetingRecords.OpinionRecord;
import vn.tdkt.council.service.MeetingService;
import vn.tdkt.nomination.domain.NominationStatus;

/**
 * One meeting: attendance and quorum, the agenda by award type (lowest award first) with its
 * ballots or the secretary's conclusion, the absent members' written opinions, and the close.
 */
@Route("thi-dua/phien-hop/chi-tiet")
@RolesAllowed({"ADMIN", "SECRETARY", "COUNCIL_MEMBER"})
public class MeetingView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final MeetingService meetings;
    private final BallotService ballots;
    private final boolean manager = CurrentUser.organiser();
    private final Div body = new Div();
    private MeetingDetails meeting;

    public MeetingView(MeetingService meetings, BallotService ballots) {
        this.meetings = meetings;
        this.ballots = ballots;
        addClassName("tdkt-view");
        body.setWidthFull();
        add(body);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        meeting = meetings.get(id);
        render();
    }

    private void reload() {
        meeting = meetings.get(meeting.id());
        render();
    }

    private void act(Runnable action) {
        Ui.run(() -> {
            action.run();
            reload();
        });
    }

    private void render() {
        body.removeAll();
        boolean editable = manager && meeting.open();
        H3 title = new H3(getTranslation("meeting.title", Formats.date(meeting.date()), meeting.roundName()));
        Span status = new Span(getTranslation("MeetingStatus." + meeting.status()));
        status.getElement().getThemeList().add("badge");
        Span quorum = new Span(getTranslation(meeting.quorum() ? "meeting.quorumMet" : "meeting.quorumMissing",
                meeting.presentCount(), meeting.memberCount(), meeting.quorumRule()));
        quorum.setId("quorum");
        quorum.getElement().getThemeList().add(meeting.quorum() ? "badge success" : "badge error");
        Button refresh = Ui.button("meeting.refresh", VaadinIcon.REFRESH, this::reload);
        refresh.setId("refresh-meeting");
        Button minutes = Ui.button("minutes.open", VaadinIcon.FILE_TEXT,
                () -> getUI().ifPresent(ui -> ui.navigate(MinutesView.class, meeting.id())));
        minutes.setId("open-minutes");
        HorizontalLayout bar = Ui.toolbar(status, quorum, refresh, minutes);
        body.add(title, new Span(Ui.join(meeting.councilName(), meeting.place())), bar);

        body.add(new H4(getTranslation("meeting.attendance")), attendance(editable));
        body.add(new H4(getTranslation("meeting.agenda")));
        meeting.agenda().forEach(group -> body.add(agendaGroup(group, editable)));
        body.add(new H4(getTranslation("meeting.opinions")), opinions(editable));
        if (editable) {
            TextArea conclusion = new TextArea(getTranslation("meeting.conclusion"));
            conclusion.setWidthFull();
            conclusion.setId("meeting-conclusion");
            Button close = Ui.primary("meeting.close", VaadinIcon.CHECK, () -> Ui.confirm("meeting.closeTitle",
                    getTranslation("meeting.closeText"), "meeting.close",
                    () -> act(() -> meetings.close(meeting.id(), meeting.version(), conclusion.getValue()))));
            close.setId("close-meeting");
            body.add(conclusion, close);
        } else if (meeting.conclusion() != null) {
            body.add(new H4(getTranslation("meeting.conclusion")), new Span(meeting.conclusion()));
        }
    }

    private Grid<AttendanceRecord> attendance(boolean editable) {
        Grid<AttendanceRecord> grid = new Grid<>();
        grid.addColumn(AttendanceRecord::fullName).setHeader(getTranslation("council.member")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("CouncilRole." + a.role())).setHeader(getTranslation("council.role"))
                .setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Checkbox present = new Checkbox(getTranslation("meeting.present"), a.present());
            present.setEnabled(editable);
            present.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    act(() -> meetings.setPresent(meeting.id(), a.personId(), e.getValue()));
                }
            });
            return present;
        }).setHeader(getTranslation("meeting.present"));
        grid.setItems(meeting.attendance());
        grid.setAllRowsVisible(true);
        return Ui.keepHeight(grid);
    }

    private VerticalLayout agendaGroup(AgendaGroup group, boolean editable) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        HorizontalLayout head = Ui.toolbar(new Span(group.awardName()),
                new Span(BallotPanel.rule(group.rule(), group.sharePercent())));
        head.getChildren().findFirst().ifPresent(c -> c.getElement().getStyle().set("font-weight", "600"));
        List<BallotResult> held = meeting.ballots().stream()
                .filter(b -> b.awardTypeId().equals(group.awardTypeId())).toList();
        boolean waiting = group.items().stream().anyMatch(i -> i.status() == NominationStatus.ACCEPTED);
        if (editable && group.needsBallot() && waiting && held.stream().allMatch(BallotResult::locked)) {
            Button open = Ui.primary("ballot.open", VaadinIcon.CHECK_SQUARE_O,
                    () -> act(() -> ballots.open(meeting.id(), group.awardTypeId())));
            open.setId("open-ballot-" + group.awardTypeId());
            head.add(open);
        }
        box.add(head);
        Grid<AgendaItem> grid = new Grid<>();
        grid.addColumn(AgendaItem::recipientName).setHeader(getTranslation("ballot.candidate")).setAutoWidth(true);
        grid.addColumn(AgendaItem::unitName).setHeader(getTranslation("field.unit"));
        grid.addColumn(i -> getTranslation("NominationStatus." + i.status())).setHeader(getTranslation("field.status"))
                .setAutoWidth(true);
        if (editable && !group.needsBallot()) {
            grid.addComponentColumn(i -> {
                HorizontalLayout decide = new HorizontalLayout();
                if (i.status() == NominationStatus.ACCEPTED) {
                    decide.add(Ui.button("meeting.pass", VaadinIcon.CHECK, () -> act(() -> meetings.conclude(
                            meeting.id(), List.of(i.nominationId()), true, null))),
                            Ui.button("meeting.fail", VaadinIcon.CLOSE, () -> act(() -> meetings.conclude(
                                    meeting.id(), List.of(i.nominationId()), false, null))));
                }
                return decide;
            }).setHeader(getTranslation("meeting.conclusionShort")).setAutoWidth(true);
        }
        grid.setItems(group.items());
        grid.setAllRowsVisible(true);
        box.add(Ui.keepHeight(grid));
        held.forEach(b -> box.add(new BallotPanel(b, editable
                ? () -> act(() -> ballots.close(b.id(), b.version())) : null)));
        return box;
    }

    private VerticalLayout opinions(boolean editable) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        List<AttendanceRecord> absent = meeting.attendance().stream().filter(a -> !a.present()).toList();
        if (editable && !absent.isEmpty()) {
            Button add = Ui.button("meeting.addOpinion", VaadinIcon.PENCIL, () -> opinionDialog(absent));
            add.setId("add-opinion");
            box.add(add);
        }
        Grid<OpinionRecord> grid = new Grid<>();
        grid.addColumn(OpinionRecord::memberName).setHeader(getTranslation("council.member")).setAutoWidth(true);
        grid.addColumn(OpinionRecord::recipientName).setHeader(getTranslation("ballot.candidate"));
        grid.addColumn(o -> getTranslation(o.agree() ? "VoteChoice.AGREE" : "VoteChoice.DISAGREE"))
                .setHeader(getTranslation("meeting.opinion"));
        grid.setItems(meeting.opinions());
        grid.setAllRowsVisible(true);
        Ui.emptyState(grid, "meeting.noOpinions");
        box.add(Ui.keepHeight(grid));
        return box;
    }

    private void opinionDialog(List<AttendanceRecord> absent) {
        ComboBox<AttendanceRecord> member = new ComboBox<>(getTranslation("council.member"));
        member.setItems(absent);
        member.setItemLabelGenerator(AttendanceRecord::fullName);
        ComboBox<AgendaItem> candidate = new ComboBox<>(getTranslation("ballot.candidate"));
        candidate.setItems(meeting.agenda().stream().filter(AgendaGroup::needsBallot)
                .flatMap(g -> g.items().stream()).toList());
        candidate.setItemLabelGenerator(i -> Ui.join(i.recipientName(), i.unitName()));
        RadioButtonGroup<Boolean> agree = new RadioButtonGroup<>(getTranslation("meeting.opinion"));
        agree.setItems(true, false);
        agree.setItemLabelGenerator(b -> getTranslation(b ? "VoteChoice.AGREE" : "VoteChoice.DISAGREE"));
        agree.setValue(true);
        EntityDialog dialog = new EntityDialog(getTranslation("meeting.addOpinion"), () -> {
            meetings.recordOpinion(meeting.id(), member.getValue() == null ? null : member.getValue().personId(),
                    candidate.getValue() == null ? null : candidate.getValue().nominationId(),
                    Boolean.TRUE.equals(agree.getValue()));
            Notifications.success(getTranslation("common.saved"));
            reload();
        });
        dialog.field("opinionMember", member);
        dialog.wideField("candidate", candidate);
        dialog.form().add(agree);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return meeting == null ? getTranslation("nav.meetings")
                : getTranslation("meeting.title", Formats.date(meeting.date()), meeting.roundName());
    }
}
