package vn.tdkt.catalog.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import vn.tdkt.base.service.Formats;
import vn.tdkt.base.ui.DatePickers;
import vn.tdkt.base.ui.EntityDialog;
import vn.tdkt.base.ui.Notifications;
import vn.tdkt.base.ui.Ui;
import vn.tdkt.catalog.domain.RecipientKind;
import vn.tdkt.catalog.service.AwardTypeService;
import vn.tdkt.catalog.service.AwardTypeService.AwardTypeRecord;
import vn.tdkt.catalog.service.BaseSalaryService;
import vn.tdkt.catalog.service.BaseSalaryService.BaseSalaryRecord;
import vn.tdkt.catalog.service.BaseSalaryService.MoneyQuote;
import vn.tdkt.base.domain.Role;
import vn.tdkt.base.service.CurrentUser;

/** Lương cơ sở over time, and a calculator of award money on a date. */
@Route("danh-muc/luong-co-so")
@Menu(title = "nav.baseSalary", order = 21, icon = "vaadin:money")
@PermitAll
public class BaseSalaryView extends VerticalLayout implements HasDynamicTitle {

    private final BaseSalaryService salaries;
    private final Clock clock;
    private final Grid<BaseSalaryRecord> grid = new Grid<>();

    public BaseSalaryView(BaseSalaryService salaries, AwardTypeService types, Clock clock) {
        this.salaries = salaries;
        this.clock = clock;
        addClassName("tdkt-view");
        setSizeFull();
        HorizontalLayout toolbar = Ui.toolbar();
        if (CurrentUser.hasRole(Role.ADMIN)) {
            toolbar.add(Ui.primary("baseSalary.add", VaadinIcon.PLUS, () -> openEditor(null)));
            grid.addItemClickListener(e -> {
                if (e.getItem().editable()) {
                    openEditor(e.getItem());
                }
            });
        }
        grid.addColumn(s -> Formats.date(s.effectiveFrom())).setHeader(getTranslation("field.effectiveFrom"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> Formats.money(s.amount())).setHeader(getTranslation("field.amount")).setAutoWidth(true);
        grid.addColumn(s -> s.confirmed() ? "" : getTranslation("baseSalary.unconfirmed"))
                .setHeader(getTranslation("field.status")).setAutoWidth(true);
        grid.addColumn(BaseSalaryRecord::legalBasis).setHeader(getTranslation("field.legalBasis")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        Ui.emptyState(grid, "baseSalary.empty");
        add(toolbar, grid, calculator(types));
        refresh();
    }

    private VerticalLayout calculator(AwardTypeService types) {
        ComboBox<AwardTypeRecord> award = new ComboBox<>(getTranslation("field.awardType"));
        award.setItems(Ui.folding(AwardTypeRecord::name), types.search("", null));
        award.setItemLabelGenerator(AwardTypeRecord::name);
        award.setWidth("28rem");
        award.setId("calc-award");
        RadioButtonGroup<RecipientKind> kind = new RadioButtonGroup<>(getTranslation("field.recipientKind"));
        kind.setItems(RecipientKind.INDIVIDUAL, RecipientKind.COLLECTIVE);
        kind.setItemLabelGenerator(k -> getTranslation("award.recipient." + k));
        kind.setValue(RecipientKind.INDIVIDUAL);
        DatePicker date = DatePickers.create(getTranslation("field.decisionDate"), LocalDate.now(clock));
        Span result = new Span();
        result.setId("calc-result");
        result.getStyle().set("font-weight", "600");
        Runnable compute = () -> {
            if (award.getValue() == null || date.getValue() == null) {
                result.setText("");
                return;
            }
            try {
                MoneyQuote q = salaries.quote(award.getValue().id(), kind.getValue(), date.getValue());
                result.setText(getTranslation("baseSalary.quote", Formats.coefficient(q.coefficient()),
                        Formats.amount(q.baseSalary()), Formats.money(q.amount()))
                        + (q.baseSalaryConfirmed() ? "" : " " + getTranslation("baseSalary.quoteUnconfirmed")));
            } catch (RuntimeException e) {
                result.setText(Notifications.describe(getUI().orElse(null), e));
            }
        };
        award.addValueChangeListener(e -> compute.run());
        kind.addValueChangeListener(e -> compute.run());
        date.addValueChangeListener(e -> compute.run());
        HorizontalLayout inputs = new HorizontalLayout(award, kind, date);
        inputs.setAlignItems(Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("baseSalary.calculator")),
                new Span(getTranslation("baseSalary.calculatorHelp")), inputs, result);
        box.setPadding(false);
        return box;
    }

    private void refresh() {
        grid.setItems(salaries.all());
    }

    private void openEditor(BaseSalaryRecord existing) {
        DatePicker from = DatePickers.create(getTranslation("field.effectiveFrom"),
                existing == null ? LocalDate.now(clock).plusDays(1) : existing.effectiveFrom());
        BigDecimalField amount = new BigDecimalField(getTranslation("field.amount"));
        amount.setSuffixComponent(new Span("đ"));
        TextField legalBasis = new TextField(getTranslation("field.legalBasis"));
        Checkbox confirmed = new Checkbox(getTranslation("baseSalary.confirmed"), true);
        boolean inForce = existing != null && !existing.effectiveFrom().isAfter(LocalDate.now(clock));
        // An amount in force but not yet confirmed is corrected or confirmed on its own date.
        from.setReadOnly(inForce);
        if (existing != null) {
            amount.setValue(existing.amount());
            legalBasis.setValue(existing.legalBasis() == null ? "" : existing.legalBasis());
            confirmed.setValue(existing.confirmed());
        }
        EntityDialog dialog = new EntityDialog(getTranslation(existing == null ? "baseSalary.add"
                : "baseSalary.edit"), () -> {
            salaries.save(new BaseSalaryRecord(existing == null ? null : existing.id(),
                    existing == null ? 0 : existing.version(), from.getValue(), amount.getValue(),
                    legalBasis.getValue(), confirmed.getValue(), true));
            Notifications.success(getTranslation("common.saved"));
            refresh();
        });
        dialog.field("effectiveFrom", from);
        dialog.field("amount", amount);
        dialog.wideField("legalBasis", legalBasis);
        dialog.form().add(confirmed);
        if (existing != null && !inForce) {
            dialog.getFooter().addComponentAsFirst(Ui.button("action.delete", VaadinIcon.TRASH, () -> Ui.confirm(
                    "baseSalary.delete", Formats.date(existing.effectiveFrom()), "action.delete", () -> {
                        salaries.delete(existing.id(), existing.version());
                        dialog.close();
                        refresh();
                    })));
        }
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.baseSalary");
    }
}
