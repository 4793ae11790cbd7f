package io.xinling.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

import static io.xinling.bootstrap.architecture.ProductionClasses.APPLICATION;
import static io.xinling.bootstrap.architecture.ProductionClasses.BOOTSTRAP;
import static io.xinling.bootstrap.architecture.ProductionClasses.DOMAIN;
import static io.xinling.bootstrap.architecture.ProductionClasses.FIXTURES;
import static io.xinling.bootstrap.architecture.ProductionClasses.PERSISTENCE;
import static io.xinling.bootstrap.architecture.ProductionClasses.PLATFORMS;
import static io.xinling.bootstrap.architecture.ProductionClasses.ROOT;
import static io.xinling.bootstrap.architecture.ProductionClasses.WEB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The architecture rules against the real main classes. A rule never passes on nothing: the domain
 * must be imported, and a rule about a module that has no classes yet is reported as skipped, not
 * passed.
 */
class ArchitectureTest {

    private final JavaClasses production = ProductionClasses.get();

    @Test
    void the_import_holds_the_domain_and_no_test_class() {
        assertThat(production.stream().filter(c -> c.getPackageName().startsWith(DOMAIN))).isNotEmpty();
        assertThat(production.stream().map(JavaClass::getName)).noneMatch(name -> name.startsWith(FIXTURES));
        assertThat(production.stream().map(JavaClass::getName))
                .noneMatch(name -> name.endsWith("Test") || name.endsWith("Properties"));
    }

    @Test
    void domain_depends_only_on_java_vavr_and_itself() {
        ArchitectureRules.domainDependsOnlyOnJavaVavrAndItself(DOMAIN).check(production);
    }

    @Test
    void the_packages_of_the_domain_inventory_are_free_of_cycles() {
        ArchitectureRules.noCyclesBetweenSubpackagesOf(DOMAIN + ".inventory").check(production);
    }

    @Test
    void domain_does_no_io() {
        ArchitectureRules.domainDoesNoIo(DOMAIN).check(production);
    }

    @Test
    void domain_has_no_hidden_clock_or_randomness() {
        ArchitectureRules.domainHasNoHiddenClockOrRandomness(DOMAIN).check(production);
    }

    @Test
    void application_is_free_of_adapters_and_frameworks() {
        assumeHasClasses(APPLICATION);
        ArchitectureRules.applicationIsFreeOfAdaptersAndFrameworks(APPLICATION, DOMAIN).check(production);
    }

    @Test
    void persistence_does_not_depend_on_other_adapters() {
        assumeHasClasses(PERSISTENCE);
        ArchitectureRules.adapterIsIndependentOf(PERSISTENCE, WEB, PLATFORMS).check(production);
    }

    @Test
    void web_does_not_depend_on_other_adapters() {
        assumeHasClasses(WEB);
        ArchitectureRules.adapterIsIndependentOf(WEB, PERSISTENCE, PLATFORMS).check(production);
    }

    @Test
    void platforms_do_not_depend_on_other_adapters() {
        assumeHasClasses(PLATFORMS);
        ArchitectureRules.adapterIsIndependentOf(PLATFORMS, PERSISTENCE, WEB).check(production);
    }

    @Test
    void jooq_only_in_persistence() {
        ArchitectureRules.jooqOnlyIn(ROOT, PERSISTENCE).check(production);
    }

    @Test
    void javalin_only_in_web_and_bootstrap() {
        ArchitectureRules.javalinOnlyIn(ROOT, WEB, BOOTSTRAP).check(production);
    }

    @Test
    void no_floating_point_in_domain_and_application() {
        ArchitectureRules.noFloatingPointIn(DOMAIN, APPLICATION).check(production);
    }

    @Test
    void no_big_decimal_from_a_double_in_main_code() {
        ArchitectureRules.noBigDecimalFromDouble(ROOT).check(production);
    }

    private void assumeHasClasses(String root) {
        assumeTrue(production.stream().anyMatch(c -> c.getPackageName().startsWith(root)),
                root + " has no main classes yet");
    }
}
