package org.ovirt.osn.crypto;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.command.Transactions;
import org.ovirt.osn.dal.provider.NetworkProviderDao;
import org.ovirt.osn.dal.provider.NetworkProviderEntity;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * At start, before requests are taken: every stored provider password must open with the configured keys, or the
 * deployment stops with a message that names the key it needs. A wrong or missing key file otherwise shows up much
 * later, as a provider whose calls fail, and a missing one would be replaced by a new key that opens nothing. The
 * passwords a rotation left under the previous key are sealed again with the current one, in one transaction, and
 * audited once; a node that starts later finds nothing left to do.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class StoredSecretsCheck {

    private static final System.Logger LOG = System.getLogger(StoredSecretsCheck.class.getName());
    private static final int NAMED_PROVIDERS = 5;

    @Inject
    NetworkProviderDao providers;
    @Inject
    PasswordCipher cipher;
    @Inject
    Transactions transactions;
    @Inject
    AuditLogger auditLogger;

    @PostConstruct
    void checkAndReseal() {
        int resealed;
        try {
            resealed = transactions.inTransaction(() -> reseal(providers, cipher));
        } catch (UnreadableSecretsException e) {
            forgetGeneratedKey(cipher.keys());
            throw e;
        }
        if (resealed > 0) {
            LOG.log(System.Logger.Level.INFO, "Encrypted {0} provider passwords again with key {1}", resealed,
                    cipher.keys().currentId());
            auditLogger.log(AuditLogType.SECRET_KEY_ROTATED,
                    Map.of("Count", String.valueOf(resealed), "KeyId", cipher.keys().currentId()), null);
        }
    }

    /**
     * Opens every stored password and seals again, with the current key, those sealed with another one. Call in a
     * transaction: the caller's rollback undoes a partial reseal when one password does not open.
     *
     * @return how many were sealed again
     * @throws UnreadableSecretsException when any stored password does not open with the ring's keys
     */
    static int reseal(NetworkProviderDao providers, PasswordCipher cipher) {
        List<String> unreadable = new ArrayList<>();
        Set<String> keysNeeded = new TreeSet<>();
        boolean someNameNoKey = false;
        List<NetworkProviderEntity> stale = new ArrayList<>();
        int stored = 0;
        for (NetworkProviderEntity provider : providers.findAll()) {
            String sealed = provider.getPasswordEncrypted();
            if (sealed == null) {
                continue;
            }
            stored++;
            String owner = provider.getId().toString();
            try {
                String password = cipher.decrypt(sealed, owner);
                if (!cipher.isSealedWithCurrentKey(sealed)) {
                    provider.setPasswordEncrypted(cipher.encrypt(password, owner));
                    stale.add(provider);
                }
            } catch (PasswordCipher.SecretUnreadableException e) {
                unreadable.add(provider.getName());
                Optional<String> keyId = PasswordCipher.keyIdOf(sealed);
                keyId.ifPresent(keysNeeded::add);
                someNameNoKey |= keyId.isEmpty();
            }
        }
        if (!unreadable.isEmpty()) {
            throw new UnreadableSecretsException(describe(unreadable, stored, keysNeeded, someNameNoKey, cipher.keys()));
        }
        stale.forEach(providers::update);
        return stale.size();
    }

    private static String describe(List<String> unreadable, int stored, Set<String> keysNeeded, boolean someNameNoKey,
                                   SecretKeyRing keys) {
        List<String> needed = new ArrayList<>(keysNeeded);
        if (someNameNoKey) {
            needed.add("one that the older format of " + (keysNeeded.isEmpty() ? "them" : "some of them")
                    + " does not name");
        }
        StringBuilder message = new StringBuilder()
                .append(unreadable.size()).append(" of ").append(stored)
                .append(" stored provider passwords cannot be decrypted: they were encrypted with key ")
                .append(String.join(" and ", needed))
                .append(", but the key file ")
                .append(keys.currentFile() == null ? "" : keys.currentFile() + " ")
                .append("holds key ").append(keys.currentId());
        if (!keys.previous().isEmpty()) {
            message.append(" and the previous key file key ").append(String.join(", ", keys.previous().keySet()));
        }
        message.append(". ");
        if (keys.createdNow()) {
            message.append("The key file did not exist: restore it (setting osn.secret.key.file) from the backup of "
                    + "this engine's keys; the key this start generated has been removed again. ");
        } else {
            message.append("Configure the key file they were encrypted with (osn.secret.key.file); after a key "
                    + "rotation, keep the old key as the previous key file until every node has started once. ");
        }
        message.append("Providers: ").append(String.join(", ", unreadable.subList(0,
                Math.min(NAMED_PROVIDERS, unreadable.size()))));
        if (unreadable.size() > NAMED_PROVIDERS) {
            message.append(" and ").append(unreadable.size() - NAMED_PROVIDERS).append(" more");
        }
        return message.append('.').toString();
    }

    /** A key this start generated opens nothing stored: removed, so the next start says "missing" again. */
    private static void forgetGeneratedKey(SecretKeyRing keys) {
        if (keys.createdNow() && keys.currentFile() != null) {
            try {
                Files.deleteIfExists(keys.currentFile());
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not remove the key file generated by this start: {0}",
                        keys.currentFile());
            }
        }
    }

    /** The deployment cannot use its stored passwords; the message names keys and providers, never a secret. */
    public static class UnreadableSecretsException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        UnreadableSecretsException(String message) {
            super(message);
        }
    }
}
