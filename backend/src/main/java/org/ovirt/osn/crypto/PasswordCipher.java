package org.ovirt.osn.crypto;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * AES-GCM encryption of stored secrets. The text form is {@code v2:<key id>:base64(iv || ciphertext+tag)}, sealed with
 * the ring's current key; the owner's id is bound in as associated data, so a ciphertext copied onto another row does
 * not decrypt. The key id says which key of the {@link SecretKeyRing} opens it, so after a rotation old secrets still
 * open with the previous key until they are sealed again. The older {@code v1:} form (no key id) is tried with every
 * key of the ring. Thread-safe.
 */
public class PasswordCipher {

    private static final String V1 = "v1:";
    private static final String V2 = "v2:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeyRing keys;
    private final SecureRandom random = new SecureRandom();

    public PasswordCipher(SecretKey key) {
        this(SecretKeyRing.of(key));
    }

    public PasswordCipher(SecretKeyRing keys) {
        this.keys = keys;
    }

    public SecretKeyRing keys() {
        return keys;
    }

    /** @param owner what the secret belongs to (e.g. the provider id); must be given again to decrypt */
    public String encrypt(String plainText, String owner) {
        if (plainText == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.current(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plainText.getBytes(StandardCharsets.UTF_8));
            return V2 + keys.currentId() + ":" + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * @throws SecretUnreadableException when the text was not made with a key of the ring for this owner (wrong or
     *                                   missing key file, tampering, or a copied row)
     */
    public String decrypt(String cipherText, String owner) {
        if (cipherText == null) {
            return null;
        }
        if (cipherText.startsWith(V2)) {
            int colon = cipherText.indexOf(':', V2.length());
            if (colon < 0) {
                throw new SecretUnreadableException("Stored secret has an unknown format");
            }
            String keyId = cipherText.substring(V2.length(), colon);
            SecretKey key = keys.find(keyId).orElseThrow(() -> new SecretUnreadableException(
                    "Stored secret was encrypted with key " + keyId + ", which is not configured"));
            return open(key, cipherText.substring(colon + 1), owner);
        }
        if (cipherText.startsWith(V1)) {
            for (SecretKey key : keys.all()) {
                try {
                    return open(key, cipherText.substring(V1.length()), owner);
                } catch (SecretUnreadableException e) {
                    // the next key of the ring may be the one
                }
            }
            throw new SecretUnreadableException("Stored secret cannot be decrypted with the configured key");
        }
        throw new SecretUnreadableException("Stored secret has an unknown format");
    }

    /** Whether the secret is sealed with the current key, so that a rotation has nothing left to do for it. */
    public boolean isSealedWithCurrentKey(String cipherText) {
        return cipherText == null || cipherText.startsWith(V2 + keys.currentId() + ":");
    }

    /** The id of the key a secret names, empty for the older form that names none. */
    public static Optional<String> keyIdOf(String cipherText) {
        if (cipherText != null && cipherText.startsWith(V2)) {
            int colon = cipherText.indexOf(':', V2.length());
            if (colon > 0) {
                return Optional.of(cipherText.substring(V2.length(), colon));
            }
        }
        return Optional.empty();
    }

    private static String open(SecretKey key, String base64, String owner) {
        try {
            byte[] all = Base64.getDecoder().decode(base64);
            // shorter than IV + tag: the JDK would fail with a ProviderException (ShortBufferException), not a bad tag
            if (all.length < IV_BYTES + TAG_BITS / 8) {
                throw new SecretUnreadableException("Stored secret is truncated");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new SecretUnreadableException("Stored secret cannot be decrypted with the configured key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed", e);
        }
    }

    /** A stored secret that this key cannot open. The message never contains the secret. */
    public static class SecretUnreadableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public SecretUnreadableException(String message) {
            super(message);
        }
    }
}
