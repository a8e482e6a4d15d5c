package vn.tdkt.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.tdkt.base.service.CurrentUser;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.ui.DatePickers;
import vn.tdkt.base.ui.EntityDialog;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.council.domain.CouncilRole;
import vn.tdkt.council.service.CouncilService;
import vn.tdkt.council.service.CouncilService.CouncilRecord;
import vn.tdkt.council.service.CouncilService.MemberForm;
import vn.tdkt.council.service.CouncilService.MemberRecord;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService.PersonRecord;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.organization.service.UnitService.UnitOption;

/**
 * The council (Hội đồng TĐKT) of each office and its members over time, each seat by the
 * decision that established it. The secretary and the administrator maintain it; members read it.
 */
@Route("thi-dua/hoi-dong")
@Menu(title = "nav.council", order = 8, icon = "vaadin:group")
@RolesAllowed({"ADMIN", "SECRETARY", "COUNCIL_MEMBER"})
public class CouncilView extends VerticalLayout implements HasDynamicTitle {

    private final CouncilService councils;
    private final PersonService people;
    private final UnitService units;
    private final boolean manager = CurrentUser.organiser();
    private final ComboBox<CouncilRecord> council = new ComboBox<>();
    private final Span quorum = new Span();
    private final Grid<MemberRecord> grid = new Grid<>();

    public CouncilView(CouncilService councils, PersonService people, UnitService units) {
        this.councils = councils;
        this.people = people;
        this.units = units;
        addClassName("tdkt-view");
        setSizeFull();
        council.setLabel(getTranslation("council.title"));
        council.setItemLabelGenerator(CouncilRecord::name);
        council.setWidth("32rem");
        council.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = Ui.toolbar(council, quorum);
        if (manager) {
            Button add = Ui.button("council.add", VaadinIcon.PLUS, () -> editCouncil(null));
            Button edit = Ui.button("council.edit", VaadinIcon.EDIT, () -> editCouncil(council.getValue()));
            Button seat = Ui.primary("council.addMember", VaadinIcon.PLUS, () -> editMember(null));
            seat.setId("add-member");
            toolbar.add(add, edit, seat);
            grid.addItemClickListener(e -> editMember(e.getItem()));
        }
        grid.addColumn(MemberRecord::fullName).setHeader(getTranslation("council.member")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("CouncilRole." + m.role())).setHeader(getTranslation("council.role"))
                .setAutoWidth(true);
        grid.addColumn(m -> m.decisionNo() + " — " + Formats.date(m.decisionDate()))
                .setHeader(getTranslation("council.decision")).setAutoWidth(true);
        grid.addColumn(m -> Formats.date(m.validFrom())).setHeader(getTranslation("council.from"));
        grid.addColumn(m -> m.validTo() == null ? "" : Formats.date(m.validTo()))
                .setHeader(getTranslation("council.to"));
        grid.addColumn(m -> getTranslation(m.inForce() ? "council.inForce" : "council.notInForce"))
                .setHeader(getTranslation("field.status"));
        Ui.emptyState(grid, "council.emptyMembers");
        grid.setSizeFull();
        add(toolbar, grid);
        reloadCouncils(null);
    }

    private void reloadCouncils(Long select) {
        List<CouncilRecord> all = councils.councils();
        council.setItems(all);
        all.stream().filter(c -> select == null || c.id().equals(select)).findFirst().ifPresent(council::setValue);
        refresh();
    }

    private void refresh() {
        CouncilRecord c = council.getValue();
        quorum.setText(c == null ? "" : getTranslation("council.quorum") + ": " + c.quorumNumerator() + "/"
                + c.quorumDenominator());
        if (c == null) {
            grid.setItems(List.of());
            return;
        }
        grid.setItems(query -> councils.members(c.id(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) councils.countMembers(c.id()));
    }

    private void editCouncil(CouncilRecord existing) {
        ComboBox<UnitOption> office = new ComboBox<>(getTranslation("field.office"));
        office.setItems(query -> units.options(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        office.setItemLabelGenerator(UnitOption::fullName);
        TextField name = new TextField(getTranslation("field.name"));
        IntegerField numerator = new IntegerField(getTranslation("council.quorumNumerator"));
        IntegerField denominator = new IntegerField(getTranslation("council.quorumDenominator"));
        numerator.setValue(existing == null ? 2 : existing.quorumNumerator());
        denominator.setValue(existing == null ? 3 : existing.quorumDenominator());
        if (existing != null) {
            name.setValue(existing.name());
            office.setEnabled(false);
        }
        EntityDialog dialog = new EntityDialog(getTranslation("council.title"), () -> {
            CouncilRecord saved = councils.save(new CouncilRecord(existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.version(), existing == null
                            ? (office.getValue() == null ? null : office.getValue().id()) : existing.officeUnitId(),
                    null, name.getValue(), numerator.getValue() == null ? 0 : numerator.getValue(),
                    denominator.getValue() == null ? 0 : denominator.getValue()));
            Notifications.success(getTranslation("common.saved"));
            reloadCouncils(saved.id());
        });
        if (existing == null) {
            dialog.wideField("office", office);
        }
        dialog.wideField("name", name);
        dialog.field("councilQuorum", numerator);
        dialog.form().add(denominator);
        dialog.open();
    }

    private void editMember(MemberRecord existing) {
        CouncilRecord c = council.getValue();
        if (c == null) {
            Notifications.error(getTranslation("council.chooseFirst"));
            return;
        }
        ComboBox<PersonRecord> person = new ComboBox<>(getTranslation("council.member"));
        person.setItems(query -> people.page(new PersonFilter(query.getFilter().orElse(""), null, false),
                query.getOffset(), query.getLimit()).stream());
        person.setItemLabelGenerator(p -> Ui.join(p.fullName(), p.unitName()));
        Select<CouncilRole> role = new Select<>();
        role.setLabel(getTranslation("council.role"));
        role.setItems(CouncilRole.values());
        role.setItemLabelGenerator(r -> getTranslation("CouncilRole." + r));
        role.setValue(CouncilRole.MEMBER);
        TextField decisionNo = new TextField(getTranslation("council.decisionNo"));
        DatePicker decisionDate = DatePickers.create(getTranslation("council.decisionDate"));
        DatePicker from = DatePickers.create(getTranslation("council.from"));
        DatePicker to = DatePickers.create(getTranslation("council.to"));
        if (existing != null) {
            person.setValue(people.page(new PersonFilter(existing.fullName(), null, true), 0, 20).stream()
                    .filter(p -> p.id().equals(existing.personId())).findFirst().orElse(null));
            role.setValue(existing.role());
            decisionNo.setValue(existing.decisionNo());
            decisionDate.setValue(existing.decisionDate());
            from.setValue(existing.validFrom());
            to.setValue(existing.validTo());
        }
        EntityDialog dialog = new EntityDialog(getTranslation("council.seat"), () -> {
            councils.saveMember(c.id(), new MemberForm(existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.version(),
                    person.getValue() == null ? null : person.getValue().id(), role.getValue(),
                    decisionNo.getValue(), decisionDate.getValue(), from.getValue(), to.getValue()));
            Notifications.success(getTranslation("common.saved"));
            refresh();
        });
        dialog.wideField("councilPerson", person);
        dialog.field("councilRole", role);
        dialog.field("councilDecisionNo", decisionNo);
        dialog.field("councilDecisionDate", decisionDate);
        dialog.field("councilFrom", from);
        dialog.field("councilTo", to);
        if (existing != null) {
            Button remove = Ui.button("action.delete", VaadinIcon.TRASH, () -> Ui.confirm("council.removeTitle",
                    existing.fullName(), "action.delete", () -> {
                        councils.removeMember(existing.id(), existing.version());
                        dialog.close();
                        refresh();
                    }));
            dialog.getFooter().addComponentAsFirst(remove);
        }
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.council");
    }
}
