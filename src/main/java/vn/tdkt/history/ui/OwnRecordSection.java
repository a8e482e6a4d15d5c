package vn.tdkt.history.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import java.util.Comparator;
import java.util.Optional;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.ui.HomeSection;
import vn.tdkt.history.service.TimelineService;
import vn.tdkt.history.service.TimelineService.PersonTimeline;
import vn.tdkt.history.service.TimelineService.TimelineEntry;

/** The user's own award record on the home page, when the account stands for a member of staff. */
@org.springframework.stereotype.Component
class OwnRecordSection implements HomeSection {

    private static final int LATEST = 3;

    private final TimelineService timelines;

    OwnRecordSection(TimelineService timelines) {
        this.timelines = timelines;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Component> create() {
        Optional<Long> person = CurrentUser.personId();
        if (person.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        PersonTimeline t = timelines.person(person.get());
        VerticalLayout box = new VerticalLayout(new H3(ui.getTranslation("home.myRecord")));
        box.setPadding(false);
        box.setSpacing(false);
        box.setId("home-own-record");
        t.streaks().stream().filter(s -> s.length() > 1).forEach(s -> box.add(new Span(ui.getTranslation(
                "home.myStreak", s.name(), s.length(), s.from(), s.to()))));
        t.entries().stream().sorted(Comparator.comparingInt(TimelineEntry::year).reversed()).limit(LATEST)
                .forEach(e -> box.add(new Span(ui.getTranslation("home.myLatest", e.awardName(), e.years()))));
        if (t.entries().isEmpty()) {
            box.add(new Span(ui.getTranslation("home.myNone")));
        }
        box.add(new RouterLink(ui.getTranslation("home.myPage"), PersonAwardsView.class, person.get()));
        return Optional.of(box);
    }
}
