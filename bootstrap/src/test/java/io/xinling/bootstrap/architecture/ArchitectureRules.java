package io.xinling.bootstrap.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.base.HasDescription;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.properties.HasSourceCodeLocation;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules, each written once as a factory that takes the package roots it guards, so
 * that the same rule runs against the production classes ({@link ArchitectureTest}) and against a
 * deliberately violating fixture ({@link ArchitectureRulesDetectViolationsTest}). Every rule refuses to
 * pass on an empty set of classes ({@code allowEmptyShould(false)}).
 */
final class ArchitectureRules {

    private static final Set<String> FLOATING_POINT = Set.of("double", "float", "java.lang.Double", "java.lang.Float");

    private ArchitectureRules() {
    }

    /** The domain depends only on the JDK, Vavr and itself. */
    static ArchRule domainDependsOnlyOnJavaVavrAndItself(String domain) {
        return classes().that().resideInAPackage(domain + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", domain + "..")
                .because("the domain is a pure library that embedders take alone (ARCHITECTURE.md)")
                .allowEmptyShould(false);
    }

    /** No JDBC, network or file I/O in the domain. */
    static ArchRule domainDoesNoIo(String domain) {
        return noClasses().that().resideInAPackage(domain + "..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "java.net..", "java.nio.file..")
                .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.(File.*|RandomAccessFile)")
                .because("the domain does no I/O: adapters behind ports do")
                .allowEmptyShould(false);
    }

    /** No hidden clock or randomness in the domain: time and ids come in as arguments. */
    static ArchRule domainHasNoHiddenClockOrRandomness(String domain) {
        return noClasses().that().resideInAPackage(domain + "..")
                .should().accessTargetWhere(hiddenClockOrRandomness())
                .orShould().dependOnClassesThat().areAssignableTo(Random.class)
                .orShould().dependOnClassesThat().resideInAPackage("java.util.random..")
                .because("the domain gets time and ids as arguments; it never calls now() or randomUUID()")
                .allowEmptyShould(false);
    }

    /** The application layer knows the JDK, Vavr, the domain and itself: no adapter, no framework. */
    static ArchRule applicationIsFreeOfAdaptersAndFrameworks(String application, String domain) {
        return classes().that().resideInAPackage(application + "..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.vavr..", domain + "..", application + "..")
                .because("use cases reach the outside only through their ports")
                .allowEmptyShould(false);
    }

    /** An adapter does not depend on another adapter; bootstrap wires them. */
    static ArchRule adapterIsIndependentOf(String adapter, String... otherAdapters) {
        return noClasses().that().resideInAPackage(adapter + "..")
                .should().dependOnClassesThat().resideInAnyPackage(subpackages(otherAdapters))
                .because("adapters never depend on each other (ARCHITECTURE.md)")
                .allowEmptyShould(false);
    }

    /** jOOQ ({@code org.jooq..}) only inside the {@code allowed} packages of {@code root}. */
    static ArchRule jooqOnlyIn(String root, String... allowed) {
        return libraryOnlyIn("org.jooq..", root, allowed);
    }

    /** Javalin ({@code io.javalin..}) only inside the {@code allowed} packages of {@code root}. */
    static ArchRule javalinOnlyIn(String root, String... allowed) {
        return libraryOnlyIn("io.javalin..", root, allowed);
    }

    /** The direct subpackages of {@code root} (each with its own subpackages, one slice) use each other in no cycle. */
    static ArchRule noCyclesBetweenSubpackagesOf(String root) {
        return slices().matching(root + ".(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .because("a package that needs a type of another which needs it back shares that type: move it")
                .allowEmptyShould(false);
    }

    /** No double or float, boxed or not, in fields, parameters or return types. */
    static ArchRule noFloatingPointIn(String... roots) {
        return classes().that().resideInAnyPackage(subpackages(roots))
                .should(haveNoFloatingPointInSignatures())
                .because("money, quantities and rates are exact: no double or float anywhere near them")
                .allowEmptyShould(false);
    }

    /** No {@code new BigDecimal(double)}: it carries the binary error of the double into the decimal. */
    static ArchRule noBigDecimalFromDouble(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .should().callConstructor(BigDecimal.class, double.class)
                .orShould().callConstructor(BigDecimal.class, double.class, MathContext.class)
                .because("new BigDecimal(0.1) is 0.1000000000000000055511151231257827...; use a string or valueOf")
                .allowEmptyShould(false);
    }

    private static ArchRule libraryOnlyIn(String library, String root, String... allowed) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackages(subpackages(allowed))
                .should().dependOnClassesThat().resideInAPackage(library)
                .because(library + " belongs to its adapter only")
                .allowEmptyShould(false);
    }

    private static DescribedPredicate<JavaAccess<?>> hiddenClockOrRandomness() {
        return DescribedPredicate.describe(
                "a hidden clock or randomness (java.time now(), Clock.system*, System.currentTimeMillis/nanoTime,"
                        + " UUID.randomUUID, Math.random)",
                access -> isHiddenClockOrRandomness(access.getTarget()));
    }

    private static boolean isHiddenClockOrRandomness(AccessTarget target) {
        String owner = target.getOwner().getName();
        String name = target.getName();
        return owner.startsWith("java.time.") && name.equals("now")
                || owner.equals("java.time.Clock") && name.startsWith("system")
                || owner.equals("java.time.InstantSource") && name.equals("system")
                || owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime"))
                || owner.equals("java.util.UUID") && name.equals("randomUUID")
                || (owner.equals("java.lang.Math") || owner.equals("java.lang.StrictMath")) && name.equals("random");
    }

    private static ArchCondition<JavaClass> haveNoFloatingPointInSignatures() {
        return new ArchCondition<>("have no double or float (nor Double or Float) fields, parameters or return types") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaField field : type.getFields()) {
                    report(field, "field", field.getType().getAllInvolvedRawTypes(), events);
                }
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    unit.getParameterTypes().forEach(p -> report(unit, "parameter", p.getAllInvolvedRawTypes(), events));
                    if (unit instanceof JavaMethod method) {
                        report(method, "return type", method.getReturnType().getAllInvolvedRawTypes(), events);
                    }
                }
            }
        };
    }

    private static <T extends HasDescription & HasSourceCodeLocation> void report(
            T member, String what, Set<JavaClass> involved, ConditionEvents events) {
        for (JavaClass type : involved) {
            JavaClass base = type;
            while (base.isArray()) {
                base = base.getComponentType();
            }
            if (FLOATING_POINT.contains(base.getName())) {
                events.add(SimpleConditionEvent.violated(member, member.getDescription() + " has a " + what
                        + " of type " + type.getName() + " in " + member.getSourceCodeLocation()));
            }
        }
    }

    private static String[] subpackages(String... roots) {
        return Arrays.stream(roots).map(root -> root.endsWith("..") ? root : root + "..").toArray(String[]::new);
    }
}
