package vn.tdkt.history.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.history.domain.Rating;
import vn.tdkt.history.service.RatingService.RatingRow;
import vn.tdkt.history.service.RatingService;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.organization.ui.UnitPicker;

/** Xếp loại hằng năm: one unit's people for one year, each rating saved as it is chosen. */
@Route("so-khen-thuong/xep-loai")
@Menu(title = "nav.ratings", order = 24, icon = "vaadin:check-square-o")
// Ratings are personal: not for viewers (a person reads their own on their award record).
@RolesAllowed({"ADMIN", "SECRETARY", "COUNCIL_MEMBER", "UNIT_OFFICER"})
public class RatingsView extends VerticalLayout implements HasDynamicTitle {

    private final RatingService ratings;
    private final ComboBox<UnitOption> unit;
    private final IntegerField year = new IntegerField();
    private final Grid<RatingRow> grid = new Grid<>();
    private final boolean canWrite = CurrentUser.organiser();
    private List<RatingRow> rows = new ArrayList<>();

    public RatingsView(RatingService ratings, UnitService units, Clock clock) {
        this.ratings = ratings;
        addClassName("tdkt-view");
        setSizeFull();
        unit = UnitPicker.single(units, getTranslation("register.unit"));
        unit.setWidth("26rem");
        CurrentUser.unitId().ifPresent(id -> unit.setValue(units.option(id)));
        year.setLabel(getTranslation("register.year"));
        year.setValue(LocalDate.now(clock).getYear() - 1);
        year.setStepButtonsVisible(true);
        unit.addValueChangeListener(e -> load());
        year.addValueChangeListener(e -> load());
        grid.addColumn(RatingRow::fullName).setHeader(getTranslation("field.fullName")).setFlexGrow(2);
        grid.addColumn(RatingRow::positionName).setHeader(getTranslation("field.position")).setFlexGrow(2);
        grid.addColumn(RatingRow::unitName).setHeader(getTranslation("field.unit")).setFlexGrow(2);
        grid.addComponentColumn(this::ratingCell).setHeader(getTranslation("ratings.rating")).setWidth("22rem")
                .setFlexGrow(0);
        grid.setSizeFull();
        Ui.emptyState(grid, "ratings.empty");
        add(Ui.toolbar(unit, year), grid);
        load();
    }

    private Component ratingCell(RatingRow row) {
        if (!canWrite) {
            return new Span(row.rating() == null ? "" : getTranslation("Rating." + row.rating()));
        }
        Select<Rating> select = new Select<>();
        select.setItems(Rating.values());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("ratings.none"));
        select.setItemLabelGenerator(r -> r == null ? getTranslation("ratings.none") : getTranslation("Rating." + r));
        select.setValue(row.rating());
        select.setWidthFull();
        select.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            Ui.run(() -> {
                RatingRow saved = ratings.save(new RatingRow(row.personId(), row.fullName(), row.positionName(),
                        row.ratingId(), row.version(), e.getValue(), row.note(), row.unitName()), year.getValue());
                rows.set(rows.indexOf(row), saved);
                grid.setItems(rows);
                Notifications.success(getTranslation("ratings.saved", row.fullName()));
            });
        });
        return select;
    }

    /** An officer who picks another unit is told they may not see its ratings; the sheet stays empty. */
    private void load() {
        rows = new ArrayList<>();
        if (unit.getValue() != null && year.getValue() != null) {
            Ui.run(() -> rows = new ArrayList<>(ratings.sheet(unit.getValue().id(), year.getValue())));
        }
        grid.setItems(rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.ratings");
    }
}
