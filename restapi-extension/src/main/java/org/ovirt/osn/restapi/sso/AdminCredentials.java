package org.ovirt.osn.restapi.sso;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.ovirt.osn.config.OsnConfiguration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * The one built-in user, {@code admin@internal}. Its password comes from {@code osn.admin.password}
 * ({@code OSN_ADMIN_PASSWORD}); without it, a random one is generated at the first start and kept in
 * {@code <data dir>/admin-password} (owner-only), where {@code ./run} shows it. The password is never logged.
 */
@ApplicationScoped
public class AdminCredentials {

    public static final String ADMIN_USER = "admin@internal";
    private static final System.Logger LOG = System.getLogger(AdminCredentials.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    OsnConfiguration configuration;

    private byte[] passwordDigest;

    /** Loads (or generates) the password at deployment, so a data folder problem stops the start, not a login. */
    void onStartup(@Observes @Initialized(ApplicationScoped.class) Object deployment) {
        verify(ADMIN_USER, null);
    }

    @PostConstruct
    void load() {
        String password = configuration.get("osn.admin.password").orElseGet(this::readOrGenerate);
        passwordDigest = sha256(password);
    }

    /** Constant-time check of a login; user names are case-sensitive as in the engine's internal domain. */
    public boolean verify(String user, String password) {
        boolean userMatches = ADMIN_USER.equals(user);
        boolean passwordMatches = password != null && MessageDigest.isEqual(passwordDigest, sha256(password));
        return userMatches & passwordMatches;
    }

    private String readOrGenerate() {
        Path file = configuration.dataDirectory().resolve("admin-password");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".admin", ".tmp");
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                    Files.writeString(tmp, generate() + "\n", StandardCharsets.UTF_8);
                    Files.createLink(file, tmp);
                    LOG.log(System.Logger.Level.INFO, "Generated a password for " + ADMIN_USER + "; it is in " + file);
                } catch (FileAlreadyExistsException e) {
                    // another node or start won: use its password
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }

    /**
     * The directory id of a user, as token-info's {@code ovirt.principal_id}: derived from the name (a name-based
     * UUID), so it is the same on every node and after a restart, with nothing to store.
     */
    public static UUID principalId(String user) {
        return UUID.nameUUIDFromBytes(("ovirt-osn:" + user).getBytes(StandardCharsets.UTF_8));
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
