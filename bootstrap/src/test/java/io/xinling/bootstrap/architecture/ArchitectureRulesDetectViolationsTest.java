package io.xinling.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.xinling.archfixtures.adapters.persistence.OrderTable;
import io.xinling.archfixtures.adapters.platforms.ClientUsingWebRoutes;
import io.xinling.archfixtures.adapters.web.RoutesReadingTheTable;
import io.xinling.archfixtures.applicationdependencies.application.ImportsAnAdapter;
import io.xinling.archfixtures.applicationdependencies.application.UsesJavalin;
import io.xinling.archfixtures.applicationdependencies.application.UsesThePort;
import io.xinling.archfixtures.bigdecimal.MakesABigDecimalFromADouble;
import io.xinling.archfixtures.bigdecimal.MakesABigDecimalFromADoubleWithContext;
import io.xinling.archfixtures.bigdecimal.MakesBigDecimalsExactly;
import io.xinling.archfixtures.cycles.ledger.UsesTheStockReport;
import io.xinling.archfixtures.cycles.stock.ReadsTheLedger;
import io.xinling.archfixtures.domaindependencies.domain.LogsWithSlf4j;
import io.xinling.archfixtures.domaindependencies.domain.UsesVavrAndTheJdk;
import io.xinling.archfixtures.domainio.domain.CallsAUrl;
import io.xinling.archfixtures.domainio.domain.OpensAJdbcConnection;
import io.xinling.archfixtures.domainio.domain.ReadsAFile;
import io.xinling.archfixtures.domainio.domain.WritesWithFileWriter;
import io.xinling.archfixtures.floatingpoint.application.HoldsDoublesInAList;
import io.xinling.archfixtures.floatingpoint.domain.HasADoubleField;
import io.xinling.archfixtures.floatingpoint.domain.ReturnsABoxedDouble;
import io.xinling.archfixtures.floatingpoint.domain.TakesAFloatParameter;
import io.xinling.archfixtures.floatingpoint.domain.UsesExactTypes;
import io.xinling.archfixtures.hiddenclock.domain.CallsCurrentTimeMillis;
import io.xinling.archfixtures.hiddenclock.domain.CallsMathRandom;
import io.xinling.archfixtures.hiddenclock.domain.CallsNanoTime;
import io.xinling.archfixtures.hiddenclock.domain.MakesARandomUuid;
import io.xinling.archfixtures.hiddenclock.domain.ReadsInstantNow;
import io.xinling.archfixtures.hiddenclock.domain.ReadsTheSystemClock;
import io.xinling.archfixtures.hiddenclock.domain.RefersToLocalDateNow;
import io.xinling.archfixtures.hiddenclock.domain.RollsARandom;
import io.xinling.archfixtures.hiddenclock.domain.TakesTimeAsAnArgument;
import io.xinling.archfixtures.hiddenclock.domain.UsesSecureRandom;
import io.xinling.archfixtures.hiddenclock.domain.UsesThreadLocalRandom;
import io.xinling.archfixtures.javalin.bootstrap.Wiring;
import io.xinling.archfixtures.javalin.persistence.ReadsTheRequest;
import io.xinling.archfixtures.javalin.web.Routes;
import io.xinling.archfixtures.jooq.persistence.QueriesWithJooq;
import io.xinling.archfixtures.jooq.web.QueriesFromAHandler;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static io.xinling.bootstrap.architecture.ProductionClasses.FIXTURES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each architecture rule, the same factory as in {@link ArchitectureTest}, applied to its deliberately
 * violating fixture in {@code io.xinling.archfixtures.<rule>}: it must report every violating class and
 * none of the compliant ones.
 */
class ArchitectureRulesDetectViolationsTest {

    @Test
    void domain_dependency_rule_reports_a_library_other_than_vavr() {
        String fixture = FIXTURES + ".domaindependencies";
        expect(ArchitectureRules.domainDependsOnlyOnJavaVavrAndItself(fixture + ".domain"), fixture)
                .reports(LogsWithSlf4j.class)
                .accepts(UsesVavrAndTheJdk.class);
    }

    @Test
    void domain_io_rule_reports_jdbc_files_and_network() {
        String fixture = FIXTURES + ".domainio";
        expect(ArchitectureRules.domainDoesNoIo(fixture + ".domain"), fixture)
                .reports(OpensAJdbcConnection.class, ReadsAFile.class, WritesWithFileWriter.class, CallsAUrl.class);
    }

    @Test
    void hidden_clock_rule_reports_every_clock_and_source_of_randomness() {
        String fixture = FIXTURES + ".hiddenclock";
        expect(ArchitectureRules.domainHasNoHiddenClockOrRandomness(fixture + ".domain"), fixture)
                .reports(ReadsInstantNow.class, RefersToLocalDateNow.class, ReadsTheSystemClock.class,
                        CallsCurrentTimeMillis.class, CallsNanoTime.class, MakesARandomUuid.class,
                        RollsARandom.class, CallsMathRandom.class, UsesThreadLocalRandom.class, UsesSecureRandom.class)
                .accepts(TakesTimeAsAnArgument.class);
    }

    @Test
    void application_rule_reports_an_adapter_and_a_framework() {
        String fixture = FIXTURES + ".applicationdependencies";
        expect(ArchitectureRules.applicationIsFreeOfAdaptersAndFrameworks(fixture + ".application", fixture + ".domain"),
                fixture)
                .reports(ImportsAnAdapter.class, UsesJavalin.class)
                .accepts(UsesThePort.class, UsesThePort.Orders.class);
    }

    @Test
    void adapter_rule_reports_one_adapter_using_another() {
        String fixture = FIXTURES + ".adapters";
        String persistence = fixture + ".persistence";
        String web = fixture + ".web";
        String platforms = fixture + ".platforms";

        expect(ArchitectureRules.adapterIsIndependentOf(web, persistence, platforms), fixture)
                .reports(RoutesReadingTheTable.class);
        expect(ArchitectureRules.adapterIsIndependentOf(platforms, persistence, web), fixture)
                .reports(ClientUsingWebRoutes.class);
        expect(ArchitectureRules.adapterIsIndependentOf(persistence, web, platforms), fixture)
                .accepts(OrderTable.class);
    }

    @Test
    void jooq_rule_reports_jooq_outside_persistence() {
        String fixture = FIXTURES + ".jooq";
        expect(ArchitectureRules.jooqOnlyIn(fixture, fixture + ".persistence"), fixture)
                .reports(QueriesFromAHandler.class)
                .accepts(QueriesWithJooq.class);
    }

    @Test
    void javalin_rule_reports_javalin_outside_web_and_bootstrap() {
        String fixture = FIXTURES + ".javalin";
        expect(ArchitectureRules.javalinOnlyIn(fixture, fixture + ".web", fixture + ".bootstrap"), fixture)
                .reports(ReadsTheRequest.class)
                .accepts(Routes.class, Wiring.class);
    }

    @Test
    void floating_point_rule_reports_fields_parameters_return_types_and_type_arguments() {
        String fixture = FIXTURES + ".floatingpoint";
        expect(ArchitectureRules.noFloatingPointIn(fixture + ".domain", fixture + ".application"), fixture)
                .reports(HasADoubleField.class, TakesAFloatParameter.class, ReturnsABoxedDouble.class,
                        HoldsDoublesInAList.class)
                .accepts(UsesExactTypes.class);
    }

    @Test
    void big_decimal_rule_reports_construction_from_a_double() {
        String fixture = FIXTURES + ".bigdecimal";
        expect(ArchitectureRules.noBigDecimalFromDouble(fixture), fixture)
                .reports(MakesABigDecimalFromADouble.class, MakesABigDecimalFromADoubleWithContext.class)
                .accepts(MakesBigDecimalsExactly.class);
    }

    @Test
    void cycle_rule_reports_two_packages_that_use_each_other_and_accepts_one_way_use() {
        String fixture = FIXTURES + ".cycles";
        EvaluationResult cyclic = ArchitectureRules.noCyclesBetweenSubpackagesOf(fixture)
                .evaluate(new ClassFileImporter().importPackages(fixture));
        assertThat(cyclic.hasViolation()).isTrue();
        assertThat(String.join("\n", cyclic.getFailureReport().getDetails()))
                .contains(UsesTheStockReport.class.getName()).contains(ReadsTheLedger.class.getName());

        String oneWay = FIXTURES + ".nocycles";
        JavaClasses acyclicClasses = new ClassFileImporter().importPackages(oneWay);
        assertThat(acyclicClasses).isNotEmpty();
        assertThat(ArchitectureRules.noCyclesBetweenSubpackagesOf(oneWay).evaluate(acyclicClasses).hasViolation()).isFalse();
    }

    @Test
    void a_rule_refuses_to_pass_on_an_empty_import() {
        JavaClasses nothing = new ClassFileImporter().importPackages(FIXTURES + ".nosuchpackage");

        assertThatThrownBy(() -> ArchitectureRules.domainHasNoHiddenClockOrRandomness(FIXTURES + ".nosuchpackage")
                .check(nothing)).isInstanceOf(AssertionError.class).hasMessageContaining("failed to check any classes");
    }

    private static Expectation expect(ArchRule rule, String fixturePackage) {
        JavaClasses fixture = new ClassFileImporter().importPackages(fixturePackage);
        assertThat(fixture).as("fixture classes in %s", fixturePackage).isNotEmpty();
        return new Expectation(rule.evaluate(fixture));
    }

    /** What a rule reported on a fixture; a detail names its subject first, in angle brackets. */
    private record Expectation(EvaluationResult result) {

        Expectation reports(Class<?>... violators) {
            List<String> details = result.getFailureReport().getDetails();
            for (Class<?> violator : violators) {
                assertThat(details).as("violations reported").anyMatch(detail -> subjectIs(detail, violator));
            }
            return this;
        }

        Expectation accepts(Class<?>... compliant) {
            List<String> details = result.getFailureReport().getDetails();
            for (Class<?> ok : compliant) {
                assertThat(details).as("violations reported").noneMatch(detail -> subjectIs(detail, ok));
            }
            return this;
        }

        private static boolean subjectIs(String detail, Class<?> type) {
            int open = detail.indexOf('<');
            return open >= 0 && Pattern.compile(Pattern.quote(type.getName()) + "(?![\\w$])")
                    .matcher(detail).region(open + 1, detail.length()).lookingAt();
        }
    }
}
