package org.ovirt.osn.restapi.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.config.OsnConfiguration;
import org.ovirt.osn.restapi.authz.ApiUser;
import org.ovirt.osn.restapi.authz.Role;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine's users: {@code admin@internal} ({@link AdminCredentials}, SuperUser) and those of the users file
 * ({@link UsersFile}), which is read again when it changes, so adding a user or changing a role needs no restart.
 * A removed user's role is gone at once; its tokens still name it, so {@link #role} is asked on every call.
 *
 * <p>As for SSO clients, a password is checked with the slow hash once; the same password of the same hash is then
 * recognised by a keyed digest held in memory, so a Basic client pays PBKDF2 once, not per request. A wrong password
 * always pays it, and so does an unknown name (against a dummy hash): the answer time does not tell who exists.
 */
@ApplicationScoped
public class UserDirectory {

    private static final System.Logger LOG = System.getLogger(UserDirectory.class.getName());

    private record Snapshot(boolean loaded, Object stamp, Map<String, InternalUser> users) {
    }

    private record Verified(String passwordHash, byte[] digest) {
    }

    private AdminCredentials admin;
    private UsersFile file;
    private ClientSecretHash dummyHasher;
    private volatile Snapshot snapshot = new Snapshot(false, null, Map.of());
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final byte[] digestKey = new byte[32];
    private volatile String dummyHash;

    protected UserDirectory() {
        // for CDI proxies
    }

    @Inject
    public UserDirectory(AdminCredentials admin, OsnConfiguration configuration) {
        this(admin, UsersFile.in(configuration.dataDirectory()), new ClientSecretHash());
    }

    /** @param dummyHasher makes the hash an unknown name is checked against (tests pass a cheap one) */
    public UserDirectory(AdminCredentials admin, UsersFile file, ClientSecretHash dummyHasher) {
        this.admin = admin;
        this.file = file;
        this.dummyHasher = dummyHasher;
        new SecureRandom().nextBytes(digestKey);
    }

    /** @return the user, when {@code name} exists and {@code password} is its password */
    public Optional<ApiUser> authenticate(String name, String password) {
        if (name == null || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        if (AdminCredentials.ADMIN_USER.equals(name)) {
            return admin.verify(name, password) ? Optional.of(new ApiUser(name, Role.SuperUser)) : Optional.empty();
        }
        InternalUser user = users().get(name);
        if (user == null) {
            ClientSecretHash.verify(dummyHash(), password);
            return Optional.empty();
        }
        byte[] digest = digest(name, password);
        Verified known = verified.get(name);
        if (known != null && known.passwordHash().equals(user.passwordHash())
                && MessageDigest.isEqual(known.digest(), digest)) {
            return Optional.of(new ApiUser(name, user.role()));
        }
        if (!ClientSecretHash.verify(user.passwordHash(), password)) {
            return Optional.empty();
        }
        verified.put(name, new Verified(user.passwordHash(), digest));
        return Optional.of(new ApiUser(name, user.role()));
    }

    /** @return the user's role now; empty for a user that is no longer configured */
    public Optional<Role> role(String name) {
        if (AdminCredentials.ADMIN_USER.equals(name)) {
            return Optional.of(Role.SuperUser);
        }
        return Optional.ofNullable(users().get(name)).map(InternalUser::role);
    }

    /** Whether {@code name} is a user of this engine (the built-in admin or one of the file). */
    public boolean exists(String name) {
        return role(name).isPresent();
    }

    private Map<String, InternalUser> users() {
        Object stamp = stamp();
        Snapshot current = snapshot;
        if (current.loaded() && Objects.equals(stamp, current.stamp())) {
            return current.users();
        }
        synchronized (this) {
            if (!snapshot.loaded() || !Objects.equals(stamp, snapshot.stamp())) {
                snapshot = load(stamp);
            }
            return snapshot.users();
        }
    }

    private Snapshot load(Object stamp) {
        try {
            UsersFile.Contents contents = file.read();
            contents.problems().forEach(problem -> LOG.log(System.Logger.Level.WARNING,
                    "Ignoring an entry of " + file.path() + ": " + problem));
            verified.keySet().retainAll(contents.users().keySet());
            if (stamp != null) {
                LOG.log(System.Logger.Level.INFO, "Users from " + file.path() + ": "
                        + String.join(", ", contents.users().keySet()));
            }
            return new Snapshot(true, stamp, Map.copyOf(contents.users()));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "Cannot read " + file.path() + "; only " + AdminCredentials.ADMIN_USER
                    + " can log in: " + e);
            return new Snapshot(false, stamp, Map.of());
        }
    }

    private Object stamp() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file.path(), BasicFileAttributes.class);
            return List.of(attributes.lastModifiedTime(), attributes.size(), String.valueOf(attributes.fileKey()));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return new Object();
        }
    }

    private byte[] digest(String name, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(digestKey, "HmacSHA256"));
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            hash = dummyHasher.hash(Base64.getEncoder().encodeToString(random));
            dummyHash = hash;
        }
        return hash;
    }
}
