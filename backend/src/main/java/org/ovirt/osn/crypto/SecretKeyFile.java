package org.ovirt.osn.crypto;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;

/**
 * The AES-256 key that protects provider passwords, kept in a file outside the database (base64, owner-only
 * permissions). Created on first use so the embedded run needs no setup; a production engine points
 * {@code osn.secret.key.file} at a managed file shared by all its nodes.
 */
public final class SecretKeyFile {

    private SecretKeyFile() {
    }

    public static SecretKey loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file, e);
        }
    }

    /** The key in {@code file}, or empty when there is no such file; never creates one. */
    public static Optional<SecretKey> load(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key file " + file, e);
        }
    }

    private static SecretKey read(Path file) throws IOException {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Key file " + file + " is not base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException("Key file " + file + " does not hold a 256-bit AES key");
        }
        return new SecretKeySpec(key, "AES");
    }

    /** Writes a new random key into {@code file}, which must not exist yet (the rotation tool's step). */
    public static void createNew(Path file) throws IOException {
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        create(file);
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] key = generate();
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".osn-key", ".tmp");
        try {
            restrictToOwner(tmp);
            Files.writeString(tmp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            // two nodes starting at once must end up with one key: never overwrite one that appeared meanwhile
            Files.createLink(file, tmp);
        } catch (FileAlreadyExistsException e) {
            // another process won the race; its key is the key
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static byte[] generate() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey().getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256 is not available in this JDK", e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: rely on the folder's permissions
        }
    }
}
