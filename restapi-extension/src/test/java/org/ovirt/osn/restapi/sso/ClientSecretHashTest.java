package org.ovirt.osn.restapi.sso;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientSecretHashTest {

    private final ClientSecretHash hash = new ClientSecretHash(1_000);

    @Test
    void shouldVerifyTheSecretAHashWasMadeFrom() {
        String stored = hash.hash("s3cret-of-the-provider");

        assertTrue(ClientSecretHash.verify(stored, "s3cret-of-the-provider"));
    }

    @Test
    void shouldRefuseAnyOtherSecret() {
        String stored = hash.hash("s3cret-of-the-provider");

        assertFalse(ClientSecretHash.verify(stored, "s3cret-of-the-provideR"));
        assertFalse(ClientSecretHash.verify(stored, ""));
        assertFalse(ClientSecretHash.verify(stored, null));
    }

    @Test
    void shouldSaltEveryHashAndNeverContainTheSecret() {
        String first = hash.hash("s3cret-of-the-provider");
        String second = hash.hash("s3cret-of-the-provider");

        assertNotEquals(first, second);
        assertFalse(first.contains("s3cret"));
        assertTrue(ClientSecretHash.verify(second, "s3cret-of-the-provider"));
    }

    @Test
    void shouldRecordTheSchemeAndIterationsSoTheDefaultCanChangeLater() {
        String stored = hash.hash("x");
        String[] parts = stored.split("\\$");

        assertEquals("pbkdf2-sha512", parts[0]);
        assertEquals("1000", parts[1]);
        assertTrue(ClientSecretHash.isWellFormed(stored));
        assertTrue(ClientSecretHash.verify(stored, "x"), "verified with the iterations stored, not the default");
        assertEquals("210000", new ClientSecretHash().hash("x").split("\\$")[1]);
    }

    @Test
    void shouldNeverMatchAStoredValueOfAnotherForm() {
        String stored = hash.hash("x");

        assertFalse(ClientSecretHash.verify("x", "x"), "a plain secret in the file is not a hash");
        assertFalse(ClientSecretHash.verify(stored.replace("pbkdf2-sha512", "pbkdf2-sha1"), "x"));
        assertFalse(ClientSecretHash.verify("pbkdf2-sha512$0$AAAA$AAAA", "x"));
        assertFalse(ClientSecretHash.verify("pbkdf2-sha512$10$%%%$AAAA", "x"));
        assertFalse(ClientSecretHash.verify(null, "x"));
        assertFalse(ClientSecretHash.isWellFormed("x"));
        assertFalse(ClientSecretHash.isWellFormed("pbkdf2-sha512$1000$AAAA$AAAA"), "a hash is 64 bytes");
    }

    @Test
    void shouldRefuseAnEmptySecret() {
        assertThrows(IllegalArgumentException.class, () -> hash.hash(""));
        assertThrows(IllegalArgumentException.class, () -> new ClientSecretHash(0));
    }
}
