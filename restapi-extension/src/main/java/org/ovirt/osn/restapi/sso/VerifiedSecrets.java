package org.ovirt.osn.restapi.sso;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The check of a name's secret against its stored {@link ClientSecretHash}, for users and SSO clients alike. A secret
 * is checked with the slow hash once; after that, the same secret of the same hash is recognised by a keyed digest
 * held in memory (a random key of this process), so a client that authenticates on every request pays PBKDF2 once,
 * not per request. A wrong secret always pays it, and so does an unknown name (against a dummy hash): the answer time
 * does not tell which names exist. Thread-safe.
 */
final class VerifiedSecrets {

    /** A secret that passed the slow check for one hash, as a keyed digest. */
    private record Verified(String hash, byte[] digest) {
    }

    private final ClientSecretHash dummyHasher;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final byte[] digestKey = new byte[32];
    private volatile String dummyHash;

    /** @param dummyHasher makes the hash an unknown name is checked against (tests pass a cheap one) */
    VerifiedSecrets(ClientSecretHash dummyHasher) {
        this.dummyHasher = dummyHasher;
        new SecureRandom().nextBytes(digestKey);
    }

    /** @param hash the name's stored hash; null for a name that does not exist */
    boolean matches(String name, String hash, String secret) {
        if (hash == null) {
            ClientSecretHash.verify(dummyHash(), secret);
            return false;
        }
        byte[] digest = digest(name, secret);
        Verified known = verified.get(name);
        if (known != null && known.hash().equals(hash) && MessageDigest.isEqual(known.digest(), digest)) {
            return true;
        }
        if (!ClientSecretHash.verify(hash, secret)) {
            return false;
        }
        verified.put(name, new Verified(hash, digest));
        return true;
    }

    /** Forgets what was verified for names no longer configured. */
    void retainOnly(Set<String> names) {
        verified.keySet().retainAll(names);
    }

    private byte[] digest(String name, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(digestKey, "HmacSHA256"));
            mac.update(name.getBytes(StandardCharsets.UTF_8));
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
