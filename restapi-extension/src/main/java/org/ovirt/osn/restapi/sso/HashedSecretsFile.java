package org.ovirt.osn.restapi.sso;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the users file and the SSO clients file share: a properties file of two lines per entry,
 * {@code <name><hashSuffix>} (a {@link ClientSecretHash}) and {@code <name><attributeSuffix>}, owner-only and
 * replaced atomically, so a server reading it never sees half a write. Uses only the JDK: the command-line tools run
 * it outside the server.
 */
final class HashedSecretsFile {

    private final Path file;
    private final String hashSuffix;
    private final String attributeSuffix;

    HashedSecretsFile(Path file, String hashSuffix, String attributeSuffix) {
        this.file = file;
        this.hashSuffix = hashSuffix;
        this.attributeSuffix = attributeSuffix;
    }

    Path path() {
        return file;
    }

    /** The properties; none when the file does not exist. */
    Properties load() throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    /**
     * The names the keys are of, sorted; a key with neither suffix goes into {@code problems}.
     *
     * @param entry what a name is, in the problem's words, e.g. {@code user} or {@code client id}
     */
    SortedSet<String> names(Properties properties, String entry, List<String> problems) {
        SortedSet<String> names = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.endsWith(hashSuffix) || key.endsWith(attributeSuffix)) {
                names.add(key.substring(0, key.lastIndexOf('.')));
            } else {
                problems.add("'" + key + "' is neither <" + entry + ">" + hashSuffix + " nor <" + entry + ">"
                        + attributeSuffix);
            }
        }
        return names;
    }

    /** The two lines of one entry. */
    String lines(String name, String hash, String attribute) {
        return name + hashSuffix + '=' + hash + '\n' + name + attributeSuffix + '=' + attribute + '\n';
    }

    /** Replaces the file with {@code text}: owner-only, atomically where the file system can. */
    void write(String text) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path tmp = Files.createTempFile(directory, "." + file.getFileName(), ".tmp");
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
