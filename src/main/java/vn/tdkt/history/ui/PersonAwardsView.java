package vn.tdkt.history.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.conduct.service.ConductService;
import vn.tdkt.conduct.ui.PersonConductView;
import vn.tdkt.decision.domain.AwardState;
import vn.tdkt.decision.ui.AwardStatus;
import vn.tdkt.decision.ui.DecisionView;
import vn.tdkt.decision.ui.RevocationNote;
import vn.tdkt.history.service.TimelineService.PersonTimeline;
import vn.tdkt.history.service.TimelineService.RatingRecord;
import vn.tdkt.history.service.TimelineService.Streak;
import vn.tdkt.history.service.TimelineService.TimelineEntry;
import vn.tdkt.history.service.TimelineService;

/** One person's awards and titles in time order, with streaks and yearly ratings. */
@Route("so-khen-thuong/ca-nhan")
@PermitAll
public class PersonAwardsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final TimelineService timelines;
    private final ConductService conduct;
    private PersonTimeline timeline;

    public PersonAwardsView(TimelineService timelines, ConductService conduct) {
        this.timelines = timelines;
        this.conduct = conduct;
        addClassName("tdkt-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        timeline = timelines.person(id);
        removeAll();
        add(new H2(timeline.fullName()));
        Span who = new Span(Ui.join(timeline.positionName(), timeline.unitName())
                + (timeline.birthYear() == null ? "" : " · " + getTranslation("field.birthYear") + " "
                        + timeline.birthYear())
                + (timeline.active() ? "" : " · " + getTranslation("timeline.left")));
        who.addClassName("tdkt-secondary");
        add(who);
        if (conduct.rights(id).read()) {
            com.vaadin.flow.router.RouterLink records = new com.vaadin.flow.router.RouterLink(
                    getTranslation("conduct.link"), PersonConductView.class, id);
            records.setId("person-conduct-link");
            add(records);
        }
        Div streaks = new Div();
        streaks.addClassName("tdkt-streaks");
        streaks.setId("person-streaks");
        for (Streak s : timeline.streaks()) {
            Span badge = new Span(getTranslation("timeline.streak", label(s), s.length(), s.from(), s.to()));
            badge.getElement().getThemeList().add("badge success");
            streaks.add(badge);
        }
        if (!timeline.streaks().isEmpty()) {
            add(streaks);
        }
        add(new H3(getTranslation("timeline.awards", timeline.entries().size())));
        Grid<TimelineEntry> grid = new Grid<>();
        grid.addColumn(TimelineEntry::years).setHeader(getTranslation("register.year")).setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(TimelineEntry::awardName).setHeader(getTranslation("register.award")).setFlexGrow(2);
        grid.addColumn(e -> Ui.join(e.positionName(), e.unitName()))
                .setHeader(getTranslation("timeline.atTheTime")).setFlexGrow(3);
        grid.addColumn(e -> e.docNumber() + " — " + Formats.date(e.decisionDate()))
                .setHeader(getTranslation("register.decision")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TimelineEntry::issuer).setHeader(getTranslation("register.issuer")).setFlexGrow(2);
        grid.addComponentColumn(e -> AwardStatus.badge(e.state(), e.revokeReason()))
                .setHeader(getTranslation("field.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(timeline.entries());
        grid.setAllRowsVisible(true);
        grid.setId("person-timeline");
        Ui.emptyState(grid, "timeline.empty");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DecisionView.class,
                e.getItem().decisionId())));
        add(grid);
        List<TimelineEntry> revoked = timeline.entries().stream().filter(e -> e.state() == AwardState.REVOKED)
                .toList();
        if (!revoked.isEmpty()) {
            add(new H3(getTranslation("timeline.revocations")));
            Div lines = new Div();
            lines.setId("person-revocations");
            revoked.forEach(e -> lines.add(RevocationNote.line(null, e.awardName() + " " + e.years() + ", "
                    + e.docNumber(), e.revokedOn(), e.revokeReason(), e.revokeGround(), e.revokedBy())));
            add(lines);
        }
        if (!timeline.personal()) {
            return;
        }
        add(new H3(getTranslation("timeline.ratings")));
        Grid<RatingRecord> ratings = new Grid<>();
        ratings.setId("person-ratings");
        ratings.addColumn(RatingRecord::year).setHeader(getTranslation("register.year")).setWidth("8rem")
                .setFlexGrow(0);
        ratings.addColumn(r -> getTranslation("Rating." + r.rating())).setHeader(getTranslation("ratings.rating"));
        ratings.addColumn(RatingRecord::note).setHeader(getTranslation("field.note"));
        ratings.setItems(timeline.ratings().reversed());
        ratings.setAllRowsVisible(true);
        Ui.emptyState(ratings, "timeline.noRatings");
        add(ratings);
    }

    private String label(Streak s) {
        return TimelineService.HTXSNV.equals(s.code()) ? getTranslation("Rating.HTXSNV.short") : abbreviation(s);
    }

    /** "CSTĐCS" reads better than the full title in a badge; the code is the abbreviation without Đ. */
    private String abbreviation(Streak s) {
        String key = "AwardShort." + s.code();
        String text = getTranslation(key);
        return text.equals(key) || text.startsWith("!") ? s.name() : text;
    }

    @Override
    public String getPageTitle() {
        return timeline == null ? getTranslation("nav.register") : timeline.fullName();
    }
}
