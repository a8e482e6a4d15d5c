package vn.tdkt;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.BootstrapWith;
import vn.tdkt.support.IntegrationTest;

/** The suite's own rules: what runs a second time on MariaDB. */
class TestSuiteTest {

    @Test
    void every_test_class_that_starts_the_application_is_tagged_db_so_it_also_runs_on_mariadb() {
        List<Class<?>> springTests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("vn.tdkt").stream()
                .filter(c -> c.getSimpleName().endsWith("Test"))
                .map(JavaClass::reflect)
                .filter(c -> !Modifier.isAbstract(c.getModifiers()))
                .filter(c -> MergedAnnotations.from(c, SearchStrategy.TYPE_HIERARCHY).isPresent(BootstrapWith.class))
                .toList();

        assertThat(springTests).as("Spring test classes").hasSizeGreaterThan(10)
                .allSatisfy(c -> assertThat(AnnotationSupport.findRepeatableAnnotations(c, Tag.class))
                        .as(c.getName() + " is tagged " + IntegrationTest.DB)
                        .anySatisfy(t -> assertThat(t.value()).isEqualTo(IntegrationTest.DB)));
    }
}
