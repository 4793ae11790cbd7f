package io.xinling.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The main classes of every module on the bootstrap class path, imported once. Test classes are left
 * out both as directories ({@code target/test-classes}, where the fixtures live) and as test-jars
 * ({@code application-...-tests.jar} with its fakes), which Maven puts on the class path at verify.
 */
final class ProductionClasses {

    static final String ROOT = "io.xinling";
    static final String DOMAIN = "io.xinling.domain";
    static final String APPLICATION = "io.xinling.application";
    static final String PERSISTENCE = "io.xinling.persistence";
    static final String WEB = "io.xinling.web";
    static final String PLATFORMS = "io.xinling.platforms";
    static final String BOOTSTRAP = "io.xinling.bootstrap";
    static final String FIXTURES = "io.xinling.archfixtures";

    private static JavaClasses classes;

    private ProductionClasses() {
    }

    static synchronized JavaClasses get() {
        if (classes == null) {
            classes = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .withImportOption(location -> !location.matches(java.util.regex.Pattern.compile(".*-tests\\.jar.*")))
                    .importPackages(ROOT);
        }
        return classes;
    }
}
