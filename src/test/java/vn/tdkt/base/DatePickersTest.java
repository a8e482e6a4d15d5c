package vn.tdkt.base;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.junit.jupiter.api.Test;
import vn.tdkt.base.ui.DatePickers;

/** Every date picker of the application is made by {@link DatePickers}, so none is left in English. */
class DatePickersTest {

    @Test
    void every_date_picker_is_made_by_the_helper_that_gives_it_the_users_language() {
        noClasses().that().doNotBelongToAnyOf(DatePickers.class)
                .should().callConstructorWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                        JavaClass.Predicates.assignableTo(DatePicker.class))))
                .because("DatePickers gives a picker Vietnamese texts, Monday first and dd/MM/yyyy")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("vn.tdkt"));
    }
}
