package vn.tdkt;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Keeps the feature-first layout of DESIGN.md and the security and clock rules. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.tdkt");

    @Test
    void domain_never_depends_on_services_or_views() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..service..", "..ui..")
                .check(CLASSES);
    }

    @Test
    void services_never_depend_on_views() {
        noClasses().that().resideInAPackage("..service..")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(CLASSES);
    }

    @Test
    void features_do_not_depend_on_each_other_in_cycles() {
        slices().matching("vn.tdkt.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void a_feature_never_uses_another_features_repository() {
        classes().should(new ArchCondition<>("use only repositories of their own feature") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String feature = feature(item);
                item.getDirectDependenciesFromSelf().stream()
                        .map(d -> d.getTargetClass())
                        .filter(t -> t.getSimpleName().endsWith("Repository") && t.getPackageName().startsWith("vn.tdkt"))
                        .filter(t -> !feature(t).equals(feature))
                        .forEach(t -> events.add(SimpleConditionEvent.violated(item,
                                item.getName() + " uses " + t.getName())));
            }
        }).check(CLASSES);
    }

    @Test
    void every_public_service_method_is_secured() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().arePublic()
                .and().areNotStatic()
                .should().beAnnotatedWith(PreAuthorize.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(RolesAllowed.class)
                .check(CLASSES);
    }

    @Test
    void every_view_declares_who_may_open_it() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .check(CLASSES);
    }

    @Test
    void dates_come_from_the_injected_clock() {
        noClasses().should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(Year.class, "now")
                .check(CLASSES);
    }

    @Test
    void entities_are_not_exposed_by_public_service_methods() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class).and().arePublic()
                .should(new ArchCondition<>("return records, not entities") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaMethod method, ConditionEvents events) {
                        JavaClass returned = method.getRawReturnType();
                        if (returned.isAnnotatedWith(jakarta.persistence.Entity.class)) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                    + " returns the entity " + returned.getName()));
                        }
                    }
                }).check(CLASSES);
    }

    private static String feature(JavaClass c) {
        String rest = c.getPackageName().substring(Math.min(c.getPackageName().length(), "vn.tdkt.".length()));
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

}
