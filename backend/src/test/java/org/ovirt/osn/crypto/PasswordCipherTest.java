package org.ovirt.osn.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.crypto.spec.SecretKeySpec;
import java.util.Arrays;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordCipherTest {

    private static final String OWNER = "2b0e9c6e-6a0f-4d4b-9a51-0d7f3b1c5e88";
    private static final String PLAIN = "correct horse battery staple";

    private static SecretKeySpec key(int fill) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) fill);
        return new SecretKeySpec(bytes, "AES");
    }

    private final PasswordCipher cipher = new PasswordCipher(key(7));

    @ParameterizedTest
    @ValueSource(strings = {PLAIN, "", "p", "pässwörd-密码-🔑-пароль", "with\nnewline and \u0000 nul"})
    void shouldDecryptToTheSameTextWhenEncryptedForTheSameOwner(String plain) {
        String sealed = cipher.encrypt(plain, OWNER);

        assertEquals(plain, cipher.decrypt(sealed, OWNER));
    }

    @Test
    void shouldWriteVersionedFormWithoutThePlainTextWhenEncrypting() {
        String sealed = cipher.encrypt(PLAIN, OWNER);

        assertTrue(sealed.startsWith("v1:"), sealed);
        assertFalse(sealed.contains(PLAIN));
        // 12-byte IV + ciphertext + 16-byte tag
        assertEquals(12 + PLAIN.length() + 16, Base64.getDecoder().decode(sealed.substring(3)).length);
    }

    @Test
    void shouldProduceDifferentTextsWhenTheSameTextIsEncryptedTwice() {
        String first = cipher.encrypt(PLAIN, OWNER);
        String second = cipher.encrypt(PLAIN, OWNER);

        assertNotEquals(first, second);
        assertNotEquals(Arrays.toString(Arrays.copyOf(Base64.getDecoder().decode(first.substring(3)), 12)),
                Arrays.toString(Arrays.copyOf(Base64.getDecoder().decode(second.substring(3)), 12)), "IV reused");
        assertEquals(PLAIN, cipher.decrypt(first, OWNER));
        assertEquals(PLAIN, cipher.decrypt(second, OWNER));
    }

    @Test
    void shouldRefuseToDecryptWhenOwnerDiffers() {
        String sealed = cipher.encrypt(PLAIN, OWNER);

        assertUnreadable(() -> cipher.decrypt(sealed, "another-provider"));
    }

    @Test
    void shouldRefuseToDecryptWhenCiphertextTampered() {
        byte[] raw = Base64.getDecoder().decode(cipher.encrypt(PLAIN, OWNER).substring(3));
        raw[12] ^= 0x01; // first byte of the ciphertext, after the IV
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);

        assertUnreadable(() -> cipher.decrypt(tampered, OWNER));
    }

    @Test
    void shouldRefuseToDecryptWhenIvTampered() {
        byte[] raw = Base64.getDecoder().decode(cipher.encrypt(PLAIN, OWNER).substring(3));
        raw[0] ^= 0x01;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);

        assertUnreadable(() -> cipher.decrypt(tampered, OWNER));
    }

    @Test
    void shouldRefuseToDecryptWhenEncryptedWithAnotherKey() {
        String sealed = new PasswordCipher(key(8)).encrypt(PLAIN, OWNER);

        assertUnreadable(() -> cipher.decrypt(sealed, OWNER));
    }

    @ParameterizedTest
    @ValueSource(strings = {PLAIN, "v2:AAAA", "v1:", "v1:AAAAAAAAAAAAAAAA", "v1:not base64!"})
    void shouldRefuseToDecryptWhenTextIsNotOurCiphertext(String text) {
        assertUnreadable(() -> cipher.decrypt(text, OWNER));
    }

    @Test
    void shouldRefuseToDecryptWhenTruncatedToTheIvAndPartOfTheTag() {
        byte[] raw = Base64.getDecoder().decode(cipher.encrypt(PLAIN, OWNER).substring(3));
        String truncated = "v1:" + Base64.getEncoder().encodeToString(Arrays.copyOf(raw, 20));

        assertUnreadable(() -> cipher.decrypt(truncated, OWNER));
    }

    @Test
    void shouldNeverNameThePlainTextWhenDecryptionFails() {
        String sealed = cipher.encrypt(PLAIN, OWNER);
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 0x01;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);

        for (Runnable failing : new Runnable[] {
                () -> cipher.decrypt(sealed, "another-provider"),
                () -> new PasswordCipher(key(9)).decrypt(sealed, OWNER),
                () -> cipher.decrypt(tampered, OWNER)}) {
            PasswordCipher.SecretUnreadableException e = assertUnreadable(failing::run);
            assertFalse(String.valueOf(e.getMessage()).contains(PLAIN), e.getMessage());
            assertFalse(e.toString().contains(PLAIN), e.toString());
            assertNull(e.getCause(), "a cause could carry cipher internals into the log");
        }
    }

    @Test
    void shouldKeepNullWhenThereIsNoSecret() {
        assertNull(cipher.encrypt(null, OWNER));
        assertNull(cipher.decrypt(null, OWNER));
    }

    private static PasswordCipher.SecretUnreadableException assertUnreadable(
            org.junit.jupiter.api.function.Executable decrypt) {
        return assertThrows(PasswordCipher.SecretUnreadableException.class, decrypt);
    }
}
