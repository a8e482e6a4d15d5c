package vn.tdkt.council.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.ui.DatePickers;
import vn.tdkt.base.ui.EntityDialog;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.council.service.MeetingRecords.MeetingDetails;
import vn.tdkt.council.service.MeetingRecords.MeetingRow;
import vn.tdkt.council.service.MeetingRecords.ScheduleForm;
import vn.tdkt.council.service.MeetingService;
import vn.tdkt.nomination.domain.RoundStatus;
import vn.tdkt.nomination.service.AwardRoundService;
import vn.tdkt.nomination.service.AwardRoundService.RoundFilter;
import vn.tdkt.nomination.service.AwardRoundService.RoundRow;

/** The council's meetings, newest first; the secretary schedules one for a round at council. */
@Route("thi-dua/phien-hop")
@Menu(title = "nav.meetings", order = 9, icon = "vaadin:calendar-user")
@RolesAllowed({"ADMIN", "SECRETARY", "COUNCIL_MEMBER"})
public class MeetingsView extends VerticalLayout implements HasDynamicTitle {

    private final MeetingService meetings;
    private final AwardRoundService rounds;
    private final Clock clock;
    private final Grid<MeetingRow> grid = new Grid<>();

    public MeetingsView(MeetingService meetings, AwardRoundService rounds, Clock clock) {
        this.meetings = meetings;
        this.rounds = rounds;
        this.clock = clock;
        addClassName("tdkt-view");
        setSizeFull();
        HorizontalLayout toolbar = Ui.toolbar();
        if (CurrentUser.organiser()) {
            var schedule = Ui.primary("meeting.schedule", VaadinIcon.CALENDAR, this::schedule);
            schedule.setId("schedule-meeting");
            toolbar.add(schedule);
        }
        grid.addColumn(m -> Formats.date(m.date())).setHeader(getTranslation("meeting.date")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(MeetingRow::roundName).setHeader(getTranslation("meeting.round"));
        grid.addColumn(MeetingRow::councilName).setHeader(getTranslation("council.title"));
        grid.addColumn(m -> m.place() == null ? "" : m.place()).setHeader(getTranslation("meeting.place"));
        grid.addColumn(m -> getTranslation("MeetingStatus." + m.status())).setHeader(getTranslation("field.status"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setItems(query -> meetings.page(query.getOffset(), query.getLimit()).stream(),
                query -> (int) meetings.count());
        Ui.emptyState(grid, "meeting.empty");
        grid.setSizeFull();
        add(toolbar, grid);
    }

    private void open(Long id) {
        getUI().ifPresent(ui -> ui.navigate(MeetingView.class, id));
    }

    private void schedule() {
        ComboBox<RoundRow> round = new ComboBox<>(getTranslation("meeting.round"));
        round.setItems(rounds.page(new RoundFilter("", Set.of(RoundStatus.AT_COUNCIL), 0), 0, 100));
        round.setItemLabelGenerator(r -> r.name() + " — " + r.office());
        round.setId("meeting-round");
        DatePicker date = DatePickers.create(getTranslation("meeting.date"), LocalDate.now(clock));
        TextField place = new TextField(getTranslation("meeting.place"));
        place.setValue(getTranslation("meeting.defaultPlace"));
        EntityDialog dialog = new EntityDialog(getTranslation("meeting.schedule"), () -> {
            MeetingDetails m = meetings.schedule(new ScheduleForm(round.getValue() == null ? null
                    : round.getValue().id(), date.getValue(), place.getValue()));
            open(m.id());
        });
        dialog.wideField("meetingRound", round);
        dialog.field("councilMeetingDate", date);
        dialog.field("meetingPlace", place);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.meetings");
    }
}
