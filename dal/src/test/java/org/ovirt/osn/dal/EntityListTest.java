package org.ovirt.osn.dal;

import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The out-of-container persistence unit lists classes by hand; this keeps it in step with the code. */
class EntityListTest {

    @Test
    void shouldListEveryEntityInTheTestPersistenceUnit() throws IOException {
        Path classes = Path.of("target/classes");
        Set<String> entities = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (load(name).isAnnotationPresent(Entity.class)) {
                    entities.add(name);
                }
            });
        }
        String unit = Files.readString(Path.of("target/test-classes/META-INF/persistence.xml"));
        Set<String> listed = new TreeSet<>();
        unit.lines().map(String::trim).filter(l -> l.startsWith("<class>"))
                .forEach(l -> listed.add(l.replace("<class>", "").replace("</class>", "")));

        assertEquals(entities, listed);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, EntityListTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
