package vn.tdkt.history.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.history.service.AwardSearchService;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.organization.ui.UnitPicker;

/** The honour board of a chosen year, optionally for one unit and its sub-units; printable. */
@Route("so-khen-thuong/vinh-danh")
@Menu(title = "nav.honourBoard", order = 22, icon = "vaadin:star")
@PermitAll
public class HonourBoardView extends VerticalLayout implements HasDynamicTitle {

    public HonourBoardView(AwardSearchService register, UnitService units, Clock clock) {
        addClassName("tdkt-view");
        IntegerField year = new IntegerField(getTranslation("register.year"));
        year.setValue(LocalDate.now(clock).getYear() - 1);
        year.setStepButtonsVisible(true);
        year.setId("honour-year");
        ComboBox<UnitOption> unit = UnitPicker.single(units, getTranslation("register.unit"));
        unit.setWidth("24rem");
        VerticalLayout board = new VerticalLayout();
        board.setPadding(false);
        Runnable show = () -> {
            board.removeAll();
            if (year.getValue() != null) {
                board.add(new HonourBoard(register, year.getValue(), unit.getValue() == null ? null
                        : unit.getValue().id(), unit.getValue() == null ? null : unit.getValue().fullName()));
            }
        };
        year.addValueChangeListener(e -> show.run());
        unit.addValueChangeListener(e -> show.run());
        var print = Ui.button("register.print", VaadinIcon.PRINT, () -> getUI().ifPresent(ui -> ui.getPage().open(
                "in/vinh-danh?nam=" + year.getValue() + (unit.getValue() == null ? "" : "&donvi="
                        + unit.getValue().id()), "_blank")));
        add(Ui.toolbar(year, unit, print), board);
        show.run();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.honourBoard");
    }
}
