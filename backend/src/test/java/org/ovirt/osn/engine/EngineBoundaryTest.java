package org.ovirt.osn.engine;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The standalone engine host must not leak: only {@code org.ovirt.osn.engine.standalone} may use the
 * {@code engine_} DAOs, and nothing else in the backend may refer to the standalone package. Commands see the
 * engine through {@link EngineInventory} alone, so an adapter for the real engine can replace it.
 *
 * <p>Read from the compiled classes, not the sources: a fully qualified name, a wildcard import or a reflective
 * class literal leaves no {@code import} line, but it leaves a reference in the class file.
 */
class EngineBoundaryTest {

    private static final Path CLASSES = Path.of("target/classes");
    private static final String STANDALONE = "org.ovirt.osn.engine.standalone..";

    @Test
    void shouldUseTheEngineDaosAndTheStandalonePackageOnlyInsideTheStandalonePackage() {
        JavaClasses backend = new ClassFileImporter().importPath(CLASSES);
        assertTrue(backend.contain(EngineInventory.class), "the backend's classes should be in " + CLASSES);

        ArchRule rule = noClasses().that().resideOutsideOfPackage(STANDALONE)
                .should().dependOnClassesThat().resideInAnyPackage("org.ovirt.osn.dal.engine..", STANDALONE)
                .because("the engine is reached through EngineInventory, so a real engine's adapter can replace"
                        + " the standalone host");

        rule.check(backend);
    }
}
