package vn.tdkt;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import java.util.Objects;
import java.util.stream.Stream;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import vn.tdkt.base.domain.AbstractEntity;
import vn.tdkt.base.domain.Shared;
import vn.tdkt.base.service.Access;

/**
 * The rules of the code's layout, each stated exactly. A feature is the package right under
 * {@code vn.tdkt}; its layers are its {@code domain}, {@code service} and {@code ui} packages;
 * {@code base} is the shared kernel, open to all.
 * <ol>
 * <li>domain depends on no service and no view; services depend on no view;</li>
 * <li>features depend on each other without cycles;</li>
 * <li>a repository (a Spring Data interface or a {@code @Repository} class) is used only by
 * its own feature's services (and other repositories of that feature);</li>
 * <li>every public method of a Spring bean in a service package carries exactly one access rule
 * ({@code Access.*}, i.e. a {@code @PreAuthorize}), or {@code @Access.Unsecured} with a reason;</li>
 * <li>no public service method returns an entity, also not inside a generic type, and no
 * public record of a service package carries one;</li>
 * <li>views use no domain type but the {@code @Shared} ones; a feature uses no domain type of
 * another feature but the {@code @Shared} ones;</li>
 * <li>every entity is versioned ({@code AbstractEntity}) or read-only ({@code @Immutable});</li>
 * <li>every view declares who may open it;</li>
 * <li>today's date and time come from the injected {@code Clock} only.</li>
 * </ol>
 */
class ArchitectureTest {

    private static final String SHARED_KERNEL = "base";

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

    /** By annotation or by type: a Spring Data interface, or a hand-written query class. */
    @Test
    void a_repository_is_used_only_by_its_own_features_services() {
        classes().should(new ArchCondition<>("use repositories only from their own feature's service package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getDirectDependenciesFromSelf().stream()
                        .map(d -> d.getTargetClass())
                        .filter(ArchitectureTest::isRepository)
                        .filter(repository -> !repository.equals(item))
                        .filter(repository -> !(feature(repository).equals(feature(item))
                                && (layer(item).equals("service") || isRepository(item))))
                        .distinct()
                        .forEach(repository -> events.add(SimpleConditionEvent.violated(item,
                                item.getName() + " uses the repository " + repository.getName())));
            }
        }).check(CLASSES);
    }

    @Test
    void every_public_method_of_a_service_bean_is_secured_or_says_why_not() {
        methods().that(areDeclaredInServiceBeans()).and().arePublic().and().areNotStatic()
                .and(new DescribedPredicate<>("not compiler-generated") {
                    @Override
                    public boolean test(JavaMethod m) {
                        return !m.getModifiers().contains(JavaModifier.SYNTHETIC)
                                && !m.getModifiers().contains(JavaModifier.BRIDGE);
                    }
                })
                .should(new ArchCondition<>("carry exactly one access rule, or Access.Unsecured with a reason") {
                    @Override
                    public void check(JavaMethod m, ConditionEvents events) {
                        long rules = m.getAnnotations().stream()
                                .filter(a -> a.getRawType().isMetaAnnotatedWith(PreAuthorize.class)
                                        || a.getRawType().isEquivalentTo(PreAuthorize.class))
                                .count();
                        boolean classRule = m.getOwner().isMetaAnnotatedWith(PreAuthorize.class);
                        boolean explained = m.isAnnotatedWith(Access.Unsecured.class)
                                && !m.getAnnotationOfType(Access.Unsecured.class).value().isBlank();
                        if (explained ? rules > 0 : rules + (classRule ? 1 : 0) != 1) {
                            events.add(SimpleConditionEvent.violated(m, m.getFullName() + " carries " + rules
                                    + " access rules" + (explained ? " besides @Access.Unsecured" : "")
                                    + "; it needs exactly one, or @Access.Unsecured with a reason alone"));
                        }
                    }
                }).check(CLASSES);
    }

    @Test
    void no_entity_leaves_a_service_not_even_inside_a_generic_type() {
        methods().that(areDeclaredInServiceBeans()).and().arePublic()
                .should(new ArchCondition<>("return no entity, also not as a type argument") {
                    @Override
                    public void check(JavaMethod m, ConditionEvents events) {
                        m.getReturnType().getAllInvolvedRawTypes().stream()
                                .filter(t -> t.isAnnotatedWith(Entity.class))
                                .forEach(t -> events.add(SimpleConditionEvent.violated(m,
                                        m.getFullName() + " returns the entity " + t.getName())));
                    }
                }).check(CLASSES);
        classes().that().areRecords().and().arePublic().and().resideInAPackage("..service..")
                .should(new ArchCondition<>("hold no entity in a component") {
                    @Override
                    public void check(JavaClass record, ConditionEvents events) {
                        record.getFields().stream()
                                .flatMap(f -> f.getType().getAllInvolvedRawTypes().stream())
                                .filter(t -> t.isAnnotatedWith(Entity.class))
                                .forEach(t -> events.add(SimpleConditionEvent.violated(record,
                                        record.getName() + " carries the entity " + t.getName())));
                    }
                }).check(CLASSES);
    }

    @Test
    void views_use_only_shared_domain_types() {
        classes().that().resideInAPackage("..ui..")
                .should(onlyUseSharedDomainTypes(false)).check(CLASSES);
    }

    @Test
    void a_feature_uses_only_the_shared_domain_types_of_another_feature() {
        classes().should(onlyUseSharedDomainTypes(true)).check(CLASSES);
    }

    @Test
    void every_entity_is_versioned_or_read_only() {
        classes().that().areAnnotatedWith(Entity.class)
                .should().beAssignableTo(AbstractEntity.class)
                .orShould().beAnnotatedWith(Immutable.class)
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
        noClasses().should().callMethodWhere(new DescribedPredicate<>("a now() of java.time without a Clock") {
            @Override
            public boolean test(com.tngtech.archunit.core.domain.JavaMethodCall call) {
                return call.getTarget().getName().equals("now")
                        && call.getTargetOwner().getPackageName().equals("java.time")
                        && call.getTarget().getRawParameterTypes().stream()
                                .noneMatch(t -> t.isEquivalentTo(java.time.Clock.class));
            }
        }).orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callConstructor(java.util.Date.class)
                .check(CLASSES);
    }

    /**
     * {@code otherFeaturesOnly}: the rule for every class (its own feature's domain is free to
     * it); otherwise the rule for views, which see no domain type but the shared ones at all.
     */
    private static ArchCondition<JavaClass> onlyUseSharedDomainTypes(boolean otherFeaturesOnly) {
        return new ArchCondition<>(otherFeaturesOnly ? "use only @Shared domain types of other features"
                : "use only @Shared domain types") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getDirectDependenciesFromSelf().stream()
                        .map(d -> d.getTargetClass().getBaseComponentType())
                        .filter(t -> t.getPackageName().startsWith("vn.tdkt.") && layer(t).equals("domain"))
                        .filter(t -> !feature(t).equals(SHARED_KERNEL))
                        .filter(t -> !otherFeaturesOnly || !feature(t).equals(feature(item)))
                        .filter(t -> !isShared(t))
                        .distinct()
                        .forEach(t -> events.add(SimpleConditionEvent.violated(item,
                                item.getName() + " uses " + t.getName() + ", which is not @Shared")));
            }
        };
    }

    /** Shared itself, or nested in a shared type. */
    private static boolean isShared(JavaClass type) {
        return Stream.iterate(type, Objects::nonNull, c -> c.getEnclosingClass().orElse(null))
                .anyMatch(c -> c.isAnnotatedWith(Shared.class));
    }

    private static DescribedPredicate<JavaMethod> areDeclaredInServiceBeans() {
        return new DescribedPredicate<>("are declared in Spring beans of a service package") {
            @Override
            public boolean test(JavaMethod m) {
                JavaClass owner = m.getOwner();
                return layer(owner).equals("service") && owner.isMetaAnnotatedWith(Component.class);
            }
        };
    }

    private static boolean isRepository(JavaClass c) {
        return c.getPackageName().startsWith("vn.tdkt.")
                && (c.isAnnotatedWith(org.springframework.stereotype.Repository.class)
                        || c.isAssignableTo(org.springframework.data.repository.Repository.class));
    }

    private static String feature(JavaClass c) {
        return part(c, 2);
    }

    private static String layer(JavaClass c) {
        return part(c, 3);
    }

    private static String part(JavaClass c, int index) {
        String[] parts = c.getPackageName().split("\\.");
        return parts.length > index ? parts[index] : "";
    }
}
