package vn.tdkt.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Every date picker of the application: month and day names, "Hôm nay" and "Hủy" in the UI's
 * language (from the message bundle), weeks starting on Monday, dates read and typed as
 * dd/MM/yyyy (d/M/yyyy and d/M/yy are understood too).
 */
public final class DatePickers {

    /** The format every date is shown in, as in {@code Formats.DATE}. */
    public static final String FORMAT = "dd/MM/yyyy";

    private DatePickers() {
    }

    public static DatePicker create(String label) {
        return localized(new DatePicker(label));
    }

    public static DatePicker create(String label, LocalDate value) {
        DatePicker picker = create(label);
        picker.setValue(value);
        return picker;
    }

    /** Gives a picker made elsewhere the application's language and format. */
    public static DatePicker localized(DatePicker picker) {
        picker.setI18n(i18n(picker::getTranslation));
        return picker;
    }

    static DatePickerI18n i18n(UnaryOperator<String> t) {
        return new DatePickerI18n()
                .setMonthNames(list(t.apply("datepicker.months")))
                .setWeekdays(list(t.apply("datepicker.weekdays")))
                .setWeekdaysShort(list(t.apply("datepicker.weekdaysShort")))
                .setFirstDayOfWeek(1)
                .setToday(t.apply("datepicker.today"))
                .setCancel(t.apply("datepicker.cancel"))
                .setBadInputErrorMessage(t.apply("datepicker.badInput"))
                .setDateFormats(FORMAT, "d/M/yyyy", "d/M/yy", "d.M.yyyy", "d-M-yyyy");
    }

    private static List<String> list(String commaSeparated) {
        return List.of(commaSeparated.split(" *, *"));
    }
}
