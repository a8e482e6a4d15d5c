package vn.tdkt.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.stream.Collectors;
import vn.tdkt.audit.service.AuditService;
import vn.tdkt.audit.ui.AuditTrailPanel;
import vn.tdkt.base.domain.Role;
import vn.tdkt.base.ui.EntityDialog;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.organization.service.PersonService.PersonDetails;
import vn.tdkt.organization.service.PersonService.PersonFilter;
import vn.tdkt.organization.service.PersonService.PersonRecord;
import vn.tdkt.organization.service.PersonService;
import vn.tdkt.organization.service.UnitService.UnitOption;
import vn.tdkt.organization.service.UnitService;
import vn.tdkt.organization.ui.UnitPicker;
import vn.tdkt.security.service.UserService.UserForm;
import vn.tdkt.security.service.UserService.UserRecord;
import vn.tdkt.security.service.UserService;

/** User accounts: create, roles and unit, reset password, disable. ADMIN only. */
@Route("quan-tri/nguoi-dung")
@Menu(title = "nav.users", order = 30, icon = "vaadin:user-card")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final UnitService units;
    private final PersonService people;
    private final AuditService audit;
    private final Grid<UserRecord> grid = new Grid<>();
    private final TextField search;
    private final CallbackDataProvider<UserRecord, Void> dataProvider;

    public UsersView(UserService users, UnitService units, PersonService people, AuditService audit) {
        this.users = users;
        this.units = units;
        this.people = people;
        this.audit = audit;
        addClassName("tdkt-view");
        setSizeFull();
        search = Ui.searchField("users.search", () -> refresh());
        search.setId("users-search");
        Button add = Ui.primary("users.add", VaadinIcon.PLUS, () -> openEditor(null));
        add.setId("user-add");
        grid.addColumn(UserRecord::username).setHeader(getTranslation("field.username")).setAutoWidth(true);
        grid.addColumn(UserRecord::fullName).setHeader(getTranslation("field.fullName")).setFlexGrow(2);
        grid.addColumn(u -> u.roles().stream().map(r -> getTranslation("role." + r)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("field.roles")).setFlexGrow(2);
        grid.addColumn(UserRecord::unitName).setHeader(getTranslation("field.unit")).setFlexGrow(2);
        grid.addColumn(u -> !u.enabled() ? getTranslation("users.disabled")
                : u.locked() ? getTranslation("users.locked") : "").setHeader(getTranslation("field.status"))
                .setAutoWidth(true);
        dataProvider = new CallbackDataProvider<>(q -> users.page(search.getValue(), q.getOffset(), q.getLimit())
                .stream(), q -> (int) users.count(search.getValue()));
        grid.setItems(dataProvider);
        grid.setSizeFull();
        Ui.emptyState(grid, "users.empty");
        grid.addItemClickListener(e -> openEditor(e.getItem()));
        add(Ui.toolbar(search, add), grid);
    }

    private void refresh() {
        dataProvider.refreshAll();
    }

    private void openEditor(UserRecord existing) {
        TextField username = new TextField(getTranslation("field.username"));
        username.setId("user-username");
        TextField fullName = new TextField(getTranslation("field.fullName"));
        fullName.setId("user-fullname");
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("field.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r));
        ComboBox<UnitOption> unit = UnitPicker.single(units, getTranslation("field.unit"));
        unit.setHelperText(getTranslation("users.unitHelp"));
        ComboBox<PersonRecord> person = new ComboBox<>(getTranslation("field.linkedPerson"));
        person.setId("user-person");
        person.setItemLabelGenerator(p -> p.fullName() + (p.unitName() == null ? "" : " — " + p.unitName()));
        person.setItems(query -> people.page(new PersonFilter(query.getFilter().orElse(""), null, false),
                query.getOffset(), query.getLimit()).stream());
        person.setHelperText(getTranslation("users.personHelp"));
        person.setClearButtonVisible(true);
        PasswordField password = passwordField();
        password.setId("user-password");
        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            fullName.setValue(existing.fullName());
            roles.setValue(existing.roles());
            if (existing.unitId() != null) {
                unit.setValue(units.option(existing.unitId()));
            }
            if (existing.personId() != null) {
                PersonDetails linked = people.get(existing.personId());
                person.setValue(new PersonRecord(linked.id(), linked.fullName(), linked.gender(), linked.birthYear(),
                        linked.positionName(), linked.unitId(), linked.unitName(), linked.partyMember(), true));
            }
        }
        EntityDialog dialog = new EntityDialog(getTranslation(existing == null ? "users.new" : "users.edit"), () -> {
            UserForm form = new UserForm(existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.version(), username.getValue(), fullName.getValue(),
                    roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue()),
                    unit.getValue() == null ? null : unit.getValue().id(), password.getValue(),
                    person.getValue() == null ? null : person.getValue().id());
            UserRecord saved = existing == null ? users.create(form) : users.update(form);
            Notifications.success(getTranslation("users.saved", saved.username()));
            refresh();
        });
        dialog.field("username", username);
        dialog.field("fullName", fullName);
        dialog.wideField("roles", roles);
        dialog.wideField("unit", unit);
        dialog.wideField("person", person);
        if (existing == null) {
            dialog.field("password", password);
        } else {
            Button reset = Ui.button("users.resetPassword", VaadinIcon.KEY, () -> openReset(existing, dialog));
            Button toggle = existing.enabled()
                    ? Ui.button("users.disable", VaadinIcon.BAN, () -> Ui.confirm("users.disable",
                            getTranslation("users.disableText", existing.username()), "users.disable", () -> {
                                users.setEnabled(existing.id(), existing.version(), false);
                                dialog.close();
                                refresh();
                            }))
                    : Ui.button("users.enable", VaadinIcon.CHECK, () -> Ui.run(() -> {
                        users.setEnabled(existing.id(), existing.version(), true);
                        dialog.close();
                        refresh();
                    }));
            dialog.getFooter().addComponentAsFirst(toggle);
            dialog.getFooter().addComponentAsFirst(reset);
            if (existing.locked()) {
                // Someone's failed logins hold this account back: another administrator lets its owner in.
                Button unlock = Ui.button("users.unlock", VaadinIcon.UNLOCK, () -> Ui.run(() -> {
                    users.unlock(existing.id(), existing.version());
                    Notifications.success(getTranslation("users.unlocked", existing.username()));
                    dialog.close();
                    refresh();
                }));
                unlock.setId("user-unlock");
                dialog.getFooter().addComponentAsFirst(unlock);
            }
            dialog.addBelow(new AuditTrailPanel(audit, "AppUser", existing.id()));
        }
        dialog.open();
    }

    /** A password field as long as the policy allows (a passphrase), with the rule under it. */
    private PasswordField passwordField() {
        PasswordField password = new PasswordField(getTranslation("field.password"));
        password.setMaxLength(users.passwordRule().maxLength());
        password.setHelperText(getTranslation("users.passwordHelp"));
        return password;
    }

    private void openReset(UserRecord user, EntityDialog parent) {
        PasswordField password = passwordField();
        password.setId("user-reset-password");
        EntityDialog dialog = new EntityDialog(getTranslation("users.resetPassword"), () -> {
            users.resetPassword(user.id(), user.version(), password.getValue());
            Notifications.success(getTranslation("users.passwordReset", user.username()));
            parent.close();
            refresh();
        });
        dialog.addBelow(new Span(user.username()));
        dialog.field("password", password);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
