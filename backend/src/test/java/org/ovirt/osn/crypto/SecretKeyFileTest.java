package org.ovirt.osn.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.SecretKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SecretKeyFileTest {

    @TempDir
    Path dir;

    @Test
    void shouldCreateA256BitKeyFileWhenNoneExists() throws IOException {
        Path file = dir.resolve("nested").resolve("osn-secret.key");

        SecretKey key = SecretKeyFile.loadOrCreate(file);

        assertTrue(Files.isRegularFile(file));
        assertEquals("AES", key.getAlgorithm());
        assertEquals(32, key.getEncoded().length);
        byte[] stored = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
        assertArrayEquals(key.getEncoded(), stored);
    }

    @Test
    void shouldLeaveOnlyTheKeyFileWhenCreatingIt() throws IOException {
        Path file = dir.resolve("osn-secret.key");

        SecretKeyFile.loadOrCreate(file);

        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "temporary files left behind");
        }
    }

    @Test
    void shouldRestrictKeyFileToItsOwnerWhenCreatingIt() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path file = dir.resolve("osn-secret.key");

        SecretKeyFile.loadOrCreate(file);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void shouldLoadTheSameKeyWhenLoadedTwice() {
        Path file = dir.resolve("osn-secret.key");

        SecretKey first = SecretKeyFile.loadOrCreate(file);
        SecretKey second = SecretKeyFile.loadOrCreate(file);

        assertArrayEquals(first.getEncoded(), second.getEncoded());
    }

    @Test
    void shouldLoadTheKeyInTheFileWhenOneExists() throws IOException {
        byte[] existing = new byte[32];
        existing[0] = 42;
        Path file = dir.resolve("osn-secret.key");
        Files.writeString(file, Base64.getEncoder().encodeToString(existing) + "\n", StandardCharsets.US_ASCII);

        assertArrayEquals(existing, SecretKeyFile.loadOrCreate(file).getEncoded());
    }

    @Test
    void shouldRefuseKeyFileWhenKeyHasWrongLength() throws IOException {
        Path file = dir.resolve("osn-secret.key");
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        Files.writeString(file, shortKey, StandardCharsets.US_ASCII);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SecretKeyFile.loadOrCreate(file));

        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertEquals(shortKey, Files.readString(file, StandardCharsets.US_ASCII), "a bad key file must not be replaced");
    }
}
