package org.ovirt.osn.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.crypto.spec.SecretKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
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

        assertTrue(sealed.startsWith("v2:" + SecretKeyRing.idOf(key(7)) + ":"), sealed);
        assertFalse(sealed.contains(PLAIN));
        // 12-byte IV + ciphertext + 16-byte tag
        assertEquals(12 + PLAIN.length() + 16, payload(sealed).length);
    }

    @Test
    void shouldProduceDifferentTextsWhenTheSameTextIsEncryptedTwice() {
        String first = cipher.encrypt(PLAIN, OWNER);
        String second = cipher.encrypt(PLAIN, OWNER);

        assertNotEquals(first, second);
        assertNotEquals(Arrays.toString(Arrays.copyOf(payload(first), 12)),
                Arrays.toString(Arrays.copyOf(payload(second), 12)), "IV reused");
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
        String sealed = cipher.encrypt(PLAIN, OWNER);
        byte[] raw = payload(sealed);
        raw[12] ^= 0x01; // first byte of the ciphertext, after the IV
        String tampered = withPayload(sealed, raw);

        assertUnreadable(() -> cipher.decrypt(tampered, OWNER));
    }

    @Test
    void shouldRefuseToDecryptWhenIvTampered() {
        String sealed = cipher.encrypt(PLAIN, OWNER);
        byte[] raw = payload(sealed);
        raw[0] ^= 0x01;
        String tampered = withPayload(sealed, raw);

        assertUnreadable(() -> cipher.decrypt(tampered, OWNER));
    }

    @Test
    void shouldRefuseToDecryptWhenEncryptedWithAnotherKey() {
        String sealed = new PasswordCipher(key(8)).encrypt(PLAIN, OWNER);

        assertUnreadable(() -> cipher.decrypt(sealed, OWNER));
    }

    @ParameterizedTest
    @ValueSource(strings = {PLAIN, "v2:AAAA", "v3:AAAA", "v1:", "v1:AAAAAAAAAAAAAAAA", "v1:not base64!",
            "v2:ef0123456789abcd:AAAA", "v2::AAAA"})
    void shouldRefuseToDecryptWhenTextIsNotOurCiphertext(String text) {
        assertUnreadable(() -> cipher.decrypt(text, OWNER));
    }

    @Test
    void shouldRefuseToDecryptWhenTruncatedToTheIvAndPartOfTheTag() {
        String sealed = cipher.encrypt(PLAIN, OWNER);
        String truncated = withPayload(sealed, Arrays.copyOf(payload(sealed), 20));

        assertUnreadable(() -> cipher.decrypt(truncated, OWNER));
    }

    @Test
    void shouldNeverNameThePlainTextWhenDecryptionFails() {
        String sealed = cipher.encrypt(PLAIN, OWNER);
        byte[] raw = payload(sealed);
        raw[raw.length - 1] ^= 0x01;
        String tampered = withPayload(sealed, raw);

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

    @Test
    void shouldOpenWhatThePreviousKeySealedAndSealNewSecretsWithTheCurrentOneAfterARotation() {
        String beforeRotation = cipher.encrypt(PLAIN, OWNER);
        PasswordCipher rotated = new PasswordCipher(SecretKeyRing.of(key(8), List.of(key(7)), null, false));

        String afterRotation = rotated.encrypt(PLAIN, OWNER);

        assertAll(
                () -> assertEquals(PLAIN, rotated.decrypt(beforeRotation, OWNER)),
                () -> assertFalse(rotated.isSealedWithCurrentKey(beforeRotation)),
                () -> assertTrue(rotated.isSealedWithCurrentKey(afterRotation)),
                () -> assertEquals(Optional.of(SecretKeyRing.idOf(key(8))), PasswordCipher.keyIdOf(afterRotation)),
                () -> assertUnreadable(() -> cipher.decrypt(afterRotation, OWNER)));
    }

    @Test
    void shouldNameTheKeyASecretNeedsWhenTheRingLacksIt() {
        String sealed = new PasswordCipher(key(8)).encrypt(PLAIN, OWNER);

        PasswordCipher.SecretUnreadableException e = assertUnreadable(() -> cipher.decrypt(sealed, OWNER));

        assertTrue(e.getMessage().contains("key " + SecretKeyRing.idOf(key(8)) + ", which is not configured"),
                e.getMessage());
    }

    @Test
    void shouldOpenTheOlderUnlabelledFormWithAnyKeyOfTheRing() {
        String v1 = "v1:" + Base64.getEncoder().encodeToString(payload(new PasswordCipher(key(7))
                .encrypt(PLAIN, OWNER)));
        PasswordCipher rotated = new PasswordCipher(SecretKeyRing.of(key(8), List.of(key(7)), null, false));

        assertAll(
                () -> assertEquals(PLAIN, cipher.decrypt(v1, OWNER)),
                () -> assertEquals(PLAIN, rotated.decrypt(v1, OWNER)),
                () -> assertFalse(cipher.isSealedWithCurrentKey(v1), "the older form is sealed again at start"),
                () -> assertEquals(Optional.empty(), PasswordCipher.keyIdOf(v1)),
                () -> assertUnreadable(() -> new PasswordCipher(key(9)).decrypt(v1, OWNER)));
    }

    @Test
    void shouldTellKeysApartByIdsThatDoNotRevealThem() {
        String id = SecretKeyRing.idOf(key(7));

        assertAll(
                () -> assertEquals(16, id.length()),
                () -> assertNotEquals(id, SecretKeyRing.idOf(key(8))),
                () -> assertEquals(id, SecretKeyRing.idOf(key(7))),
                () -> assertFalse(SecretKeyRing.of(key(7)).toString().contains(
                        Base64.getEncoder().encodeToString(key(7).getEncoded())), "no key in toString"));
    }

    /** The IV, ciphertext and tag of a sealed secret: what follows its last colon. */
    private static byte[] payload(String sealed) {
        return Base64.getDecoder().decode(sealed.substring(sealed.lastIndexOf(':') + 1));
    }

    private static String withPayload(String sealed, byte[] raw) {
        return sealed.substring(0, sealed.lastIndexOf(':') + 1) + Base64.getEncoder().encodeToString(raw);
    }

    private static PasswordCipher.SecretUnreadableException assertUnreadable(
            org.junit.jupiter.api.function.Executable decrypt) {
        return assertThrows(PasswordCipher.SecretUnreadableException.class, decrypt);
    }
}
