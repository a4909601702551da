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

/**
 * AES-GCM encryption of stored secrets. The text form is {@code v1:base64(iv || ciphertext+tag)}; the owner's id is
 * bound in as associated data, so a ciphertext copied onto another row does not decrypt. Thread-safe.
 */
public class PasswordCipher {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public PasswordCipher(SecretKey key) {
        this.key = key;
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
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plainText.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * @throws SecretUnreadableException when the text was not made with this key for this owner (wrong key file,
     *                                   tampering, or a copied row)
     */
    public String decrypt(String cipherText, String owner) {
        if (cipherText == null) {
            return null;
        }
        if (!cipherText.startsWith(PREFIX)) {
            throw new SecretUnreadableException("Stored secret has an unknown format");
        }
        try {
            byte[] all = Base64.getDecoder().decode(cipherText.substring(PREFIX.length()));
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
