package org.ovirt.osn.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovirt.osn.dal.provider.NetworkProviderDao;
import org.ovirt.osn.dal.provider.NetworkProviderEntity;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The start-up check of stored provider passwords: what a rotation left under the previous key is sealed again with
 * the current one, and a password no configured key opens stops the start with a message naming the key it needs,
 * the providers, and never a password.
 */
class StoredSecretsCheckTest {

    @TempDir
    Path dir;

    private final ProvidersTable table = new ProvidersTable();

    private static SecretKey key(int fill) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) fill);
        return new SecretKeySpec(bytes, "AES");
    }

    /** The providers table as the DAO shows it; {@code update} is what writes. */
    private static final class ProvidersTable implements NetworkProviderDao {
        final Map<UUID, NetworkProviderEntity> rows = new LinkedHashMap<>();
        final List<UUID> updated = new ArrayList<>();

        NetworkProviderEntity add(String name, String password, PasswordCipher sealedWith) {
            NetworkProviderEntity row = new NetworkProviderEntity();
            row.setId(UUID.randomUUID());
            row.setName(name);
            row.setPasswordEncrypted(password == null ? null : sealedWith.encrypt(password, row.getId().toString()));
            rows.put(row.getId(), row);
            return row;
        }

        @Override
        public Optional<NetworkProviderEntity> findById(UUID id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Optional<NetworkProviderEntity> findByName(String name) {
            return rows.values().stream().filter(r -> r.getName().equals(name)).findFirst();
        }

        @Override
        public List<NetworkProviderEntity> findAll() {
            return List.copyOf(rows.values());
        }

        @Override
        public void save(NetworkProviderEntity provider) {
            rows.put(provider.getId(), provider);
        }

        @Override
        public NetworkProviderEntity update(NetworkProviderEntity provider) {
            updated.add(provider.getId());
            return provider;
        }

        @Override
        public boolean remove(UUID id) {
            return rows.remove(id) != null;
        }
    }

    @Test
    void shouldSealAgainWithTheCurrentKeyWhatTheRotationLeftUnderThePreviousOne() {
        PasswordCipher before = new PasswordCipher(key(1));
        NetworkProviderEntity old = table.add("old", "old-secret", before);
        table.add("open", null, before);
        PasswordCipher rotated = new PasswordCipher(SecretKeyRing.of(key(2), List.of(key(1)), null, false));
        NetworkProviderEntity fresh = table.add("fresh", "fresh-secret", rotated);
        String freshSealed = fresh.getPasswordEncrypted();

        int resealed = StoredSecretsCheck.reseal(table, rotated);

        PasswordCipher currentOnly = new PasswordCipher(key(2));
        assertAll(
                () -> assertEquals(1, resealed),
                () -> assertEquals(List.of(old.getId()), table.updated, "only the stale one is written"),
                () -> assertEquals("old-secret", currentOnly.decrypt(old.getPasswordEncrypted(), old.getId().toString()),
                        "the previous key is no longer needed"),
                () -> assertEquals(freshSealed, fresh.getPasswordEncrypted()),
                () -> assertEquals(0, StoredSecretsCheck.reseal(table, rotated), "a second start has nothing to do"));
    }

    @Test
    void shouldStopTheStartNamingTheNeededKeyAndTheProvidersWhenAPasswordDoesNotOpen() {
        PasswordCipher lost = new PasswordCipher(key(1));
        NetworkProviderEntity a = table.add("neutron-a", "secret-of-a", lost);
        PasswordCipher configured = new PasswordCipher(SecretKeyRing.of(key(2), List.of(), dir.resolve("k"), false));
        table.add("neutron-b", "secret-of-b", configured);
        NetworkProviderEntity v1 = table.add("neutron-c", "secret-of-c", lost);
        v1.setPasswordEncrypted("v1:" + v1.getPasswordEncrypted().substring(v1.getPasswordEncrypted().lastIndexOf(':') + 1));
        String aSealed = a.getPasswordEncrypted();

        StoredSecretsCheck.UnreadableSecretsException e = assertThrows(
                StoredSecretsCheck.UnreadableSecretsException.class, () -> StoredSecretsCheck.reseal(table, configured));

        String message = e.getMessage();
        assertAll(
                () -> assertTrue(message.startsWith("2 of 3 stored provider passwords cannot be decrypted"), message),
                () -> assertTrue(message.contains("encrypted with key " + SecretKeyRing.idOf(key(1))), message),
                () -> assertTrue(message.contains("the key file " + dir.resolve("k") + " holds key "
                        + SecretKeyRing.idOf(key(2))), message),
                () -> assertTrue(message.contains("Providers: neutron-a, neutron-c."), message),
                () -> assertFalse(message.contains("secret-of"), "no password in the message"),
                () -> assertEquals(List.of(), table.updated, "nothing written"),
                () -> assertEquals(aSealed, a.getPasswordEncrypted()));
    }

    @Test
    void shouldSayTheKeyFileWasMissingWhenThisStartGeneratedIt() {
        table.add("neutron-a", "secret-of-a", new PasswordCipher(key(1)));
        PasswordCipher generated = new PasswordCipher(SecretKeyRing.of(key(3), List.of(), dir.resolve("k"), true));

        String message = assertThrows(StoredSecretsCheck.UnreadableSecretsException.class,
                () -> StoredSecretsCheck.reseal(table, generated)).getMessage();

        assertTrue(message.contains("The key file did not exist: restore it"), message);
    }

    @Test
    void shouldNameAtMostFiveProvidersAndCountTheRest() {
        PasswordCipher lost = new PasswordCipher(key(1));
        for (int i = 1; i <= 7; i++) {
            table.add("p" + i, "s", lost);
        }

        String message = assertThrows(StoredSecretsCheck.UnreadableSecretsException.class,
                () -> StoredSecretsCheck.reseal(table, new PasswordCipher(key(2)))).getMessage();

        assertTrue(message.endsWith("Providers: p1, p2, p3, p4, p5 and 2 more."), message);
    }

    @Test
    void shouldRemoveTheKeyThisStartGeneratedWhenItOpensNothing() throws Exception {
        Path keyFile = dir.resolve("osn-secret.key");
        SecretKeyFile.loadOrCreate(keyFile);
        table.add("neutron-a", "secret-of-a", new PasswordCipher(key(1)));
        StoredSecretsCheck check = new StoredSecretsCheck();
        check.providers = table;
        check.cipher = new PasswordCipher(SecretKeyRing.of(SecretKeyFile.load(keyFile).orElseThrow(), List.of(),
                keyFile, true));
        check.transactions = new org.ovirt.osn.command.Transactions();

        assertThrows(StoredSecretsCheck.UnreadableSecretsException.class, check::checkAndReseal);

        assertFalse(Files.exists(keyFile), "the next start must find the key missing again, not wrong");
    }

    @Test
    void shouldAuditTheResealOnceWithTheCountAndTheNewKey() {
        table.add("old", "old-secret", new PasswordCipher(key(1)));
        StoredSecretsCheck check = new StoredSecretsCheck();
        check.providers = table;
        check.cipher = new PasswordCipher(SecretKeyRing.of(key(2), List.of(key(1)), null, false));
        check.transactions = new org.ovirt.osn.command.Transactions();
        check.auditLogger = org.mockito.Mockito.mock(org.ovirt.osn.audit.AuditLogger.class);

        check.checkAndReseal();
        check.checkAndReseal();

        org.mockito.Mockito.verify(check.auditLogger).log(org.ovirt.osn.audit.AuditLogType.SECRET_KEY_ROTATED,
                Map.of("Count", "1", "KeyId", SecretKeyRing.idOf(key(2))), null);
        org.mockito.Mockito.verifyNoMoreInteractions(check.auditLogger);
    }
}
