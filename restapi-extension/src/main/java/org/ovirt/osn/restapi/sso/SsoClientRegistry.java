package org.ovirt.osn.restapi.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.config.OsnConfiguration;

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
 * The registered SSO clients ({@link SsoClientsFile} in the data directory) and their authentication. The file is
 * read again when it changes, so registering a client needs no restart.
 *
 * <p>A secret is checked with the slow hash once; after that, the same secret of the same registration is recognised
 * by a keyed digest held in memory (a random key of this process), so a provider that validates a token on every
 * request pays a PBKDF2 run once, not per request. A wrong secret always pays it. An unknown client id pays it too
 * (against a dummy hash), so the answer time does not tell which ids exist.
 */
@ApplicationScoped
public class SsoClientRegistry {

    private static final System.Logger LOG = System.getLogger(SsoClientRegistry.class.getName());

    /** A read of the file, and the file's state it was made from. */
    private record Snapshot(boolean loaded, Object stamp, Map<String, SsoClient> clients) {
    }

    /** A secret that passed the slow check for one registration (its hash), as a keyed digest. */
    private record Verified(String secretHash, byte[] digest) {
    }

    private SsoClientsFile file;
    private ClientSecretHash dummyHasher;
    private volatile Snapshot snapshot = new Snapshot(false, null, Map.of());
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final byte[] digestKey = new byte[32];
    private volatile String dummyHash;

    protected SsoClientRegistry() {
        // for CDI proxies
    }

    @Inject
    public SsoClientRegistry(OsnConfiguration configuration) {
        this(SsoClientsFile.in(configuration.dataDirectory()), new ClientSecretHash());
    }

    /** @param dummyHasher makes the hash an unknown client id is checked against (tests pass a cheap one) */
    public SsoClientRegistry(SsoClientsFile file, ClientSecretHash dummyHasher) {
        this.file = file;
        this.dummyHasher = dummyHasher;
        new SecureRandom().nextBytes(digestKey);
    }

    /** @return the client, when {@code id} is registered and {@code secret} is its secret */
    public Optional<SsoClient> authenticate(String id, String secret) {
        if (id == null || secret == null || secret.isEmpty()) {
            return Optional.empty();
        }
        SsoClient client = clients().get(id);
        if (client == null) {
            ClientSecretHash.verify(dummyHash(), secret);
            return Optional.empty();
        }
        byte[] digest = digest(id, secret);
        Verified known = verified.get(id);
        if (known != null && known.secretHash().equals(client.secretHash())
                && MessageDigest.isEqual(known.digest(), digest)) {
            return Optional.of(client);
        }
        if (!ClientSecretHash.verify(client.secretHash(), secret)) {
            return Optional.empty();
        }
        verified.put(id, new Verified(client.secretHash(), digest));
        return Optional.of(client);
    }

    /** The clients as the file has them now. */
    public Map<String, SsoClient> clients() {
        Object stamp = stamp();
        Snapshot current = snapshot;
        if (current.loaded() && Objects.equals(stamp, current.stamp())) {
            return current.clients();
        }
        synchronized (this) {
            if (!snapshot.loaded() || !Objects.equals(stamp, snapshot.stamp())) {
                snapshot = load(stamp);
            }
            return snapshot.clients();
        }
    }

    private Snapshot load(Object stamp) {
        try {
            SsoClientsFile.Contents contents = file.read();
            contents.problems().forEach(problem -> LOG.log(System.Logger.Level.WARNING,
                    "Ignoring an entry of " + file.path() + ": " + problem));
            verified.keySet().retainAll(contents.clients().keySet());
            if (stamp != null) {
                LOG.log(System.Logger.Level.INFO, "SSO clients from " + file.path() + ": "
                        + String.join(", ", contents.clients().keySet()));
            }
            return new Snapshot(true, stamp, Map.copyOf(contents.clients()));
        } catch (IOException e) {
            // not loaded: the next call reads again
            LOG.log(System.Logger.Level.ERROR, "Cannot read " + file.path() + "; no SSO client is accepted: " + e);
            return new Snapshot(false, stamp, Map.of());
        }
    }

    /** The file's modification time, size and identity, or {@code null} when there is no file. */
    private Object stamp() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file.path(), BasicFileAttributes.class);
            return List.of(attributes.lastModifiedTime(), attributes.size(),
                    String.valueOf(attributes.fileKey()));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            // unreadable attributes: read the file, whose error is then logged
            return new Object();
        }
    }

    private byte[] digest(String id, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(digestKey, "HmacSHA256"));
            mac.update(id.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
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
