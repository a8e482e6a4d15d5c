package vn.tdkt.history.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Optional;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.ui.HomeSection;
import vn.tdkt.history.service.TimelineService;
import vn.tdkt.history.service.TimelineService.UnitYear;
import vn.tdkt.organization.service.UnitService;

/** The user's unit in the register, on the home page: its last years' awards and a link to its page. */
@org.springframework.stereotype.Component
class UnitRecordSection implements HomeSection {

    private static final int YEARS = 3;

    private final TimelineService timelines;
    private final UnitService units;

    UnitRecordSection(TimelineService timelines, UnitService units) {
        this.timelines = timelines;
        this.units = units;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<Component> create() {
        Optional<Long> unit = CurrentUser.unitId();
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        List<UnitYear> years = timelines.unitYears(unit.get());
        VerticalLayout box = new VerticalLayout(new H3(ui.getTranslation("home.unitRecord",
                units.option(unit.get()).fullName())));
        box.setPadding(false);
        box.setSpacing(false);
        box.setId("home-unit-record");
        years.stream().sorted((a, b) -> Integer.compare(b.year(), a.year())).limit(YEARS).forEach(y -> box.add(
                new Span(ui.getTranslation("home.unitYear", y.year(), y.collectiveAwards(), y.individualAwards()))));
        if (years.isEmpty()) {
            box.add(new Span(ui.getTranslation("home.unitNoAwards")));
        }
        box.add(new RouterLink(ui.getTranslation("home.unitPage"), UnitAwardsView.class, unit.get()));
        return Optional.of(box);
    }
}
