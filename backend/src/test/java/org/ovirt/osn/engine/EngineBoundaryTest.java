package org.ovirt.osn.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The standalone engine host must not leak: only {@code org.ovirt.osn.engine.standalone} may use the
 * {@code engine_} DAOs, and nothing else in the backend may refer to the standalone package. Commands see the
 * engine through {@link EngineInventory} alone, so an adapter for the real engine can replace it.
 */
class EngineBoundaryTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path STANDALONE = SOURCES.resolve("org/ovirt/osn/engine/standalone");

    @Test
    void shouldUseTheEngineDaosAndTheStandalonePackageOnlyInsideTheStandalonePackage() throws IOException {
        List<String> leaks;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            leaks = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(STANDALONE))
                    .filter(f -> read(f).lines().anyMatch(line -> line.startsWith("import")
                            && (line.contains("org.ovirt.osn.dal.engine.")
                            || line.contains("org.ovirt.osn.engine.standalone."))))
                    .map(f -> SOURCES.relativize(f).toString())
                    .toList();
        }

        assertEquals(List.of(), leaks);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
