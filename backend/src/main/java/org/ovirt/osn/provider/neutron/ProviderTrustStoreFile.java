package org.ovirt.osn.provider.neutron;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.config.OsnConfiguration;
import org.ovirt.osn.provider.PemCertificates;
import org.ovirt.osn.provider.ProviderTrustStore;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The provider trust store file that {@link ProviderTrustManager} reads ({@value NeutronClientHolder#TRUSTSTORE},
 * default {@value NeutronClientHolder#DEFAULT_TRUSTSTORE_FILE} in the data directory), written here.
 *
 * <p>Each certificate is stored as a trusted entry under {@code osn-sha256-<fingerprint hex>}. A new store is
 * PKCS12; an existing PKCS12 or JKS store keeps its type and its other entries. The store is never written in place:
 * a complete new file is written next to it with owner-only permissions and then renamed over it, so a reader sees the
 * old store or the new one, never half of one. Writers take a lock file next to the store ({@code <store>.lock}),
 * so two threads or two engine processes cannot lose each other's additions.
 */
@ApplicationScoped
public class ProviderTrustStoreFile implements ProviderTrustStore {

    static final String ALIAS_PREFIX = "osn-sha256-";
    /** How long an import waits for another process's import to finish. */
    private static final Duration LOCK_WAIT = Duration.ofSeconds(30);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    /** File locks are per process; threads of this one queue here first. */
    private static final ConcurrentMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    private static final System.Logger LOG = System.getLogger(ProviderTrustStoreFile.class.getName());

    private final Path file;
    private final char[] password;
    private final Clock clock;

    protected ProviderTrustStoreFile() {
        // for CDI's client proxy only
        this.file = null;
        this.password = null;
        this.clock = null;
    }

    @Inject
    public ProviderTrustStoreFile(OsnConfiguration config) {
        this(location(config), password(config), Clock.systemUTC());
    }

    ProviderTrustStoreFile(Path file, char[] password, Clock clock) {
        this.file = file.toAbsolutePath().normalize();
        this.password = password.clone();
        this.clock = clock;
    }

    /** Where the provider trust store is: the same rule {@link NeutronClientHolder} reads it by. */
    public static Path location(OsnConfiguration config) {
        return config.get(NeutronClientHolder.TRUSTSTORE).map(Path::of)
                .orElseGet(() -> config.dataDirectory().resolve(NeutronClientHolder.DEFAULT_TRUSTSTORE_FILE));
    }

    static char[] password(OsnConfiguration config) {
        return config.get(NeutronClientHolder.TRUSTSTORE_PASSWORD, "changeit").toCharArray();
    }

    Path file() {
        return file;
    }

    @Override
    public List<String> add(List<X509Certificate> certificates) {
        Date now = Date.from(clock.instant());
        for (X509Certificate certificate : certificates) {
            requireNotExpired(certificate, now);
        }
        return underLock(() -> addLocked(certificates));
    }

    @Override
    public List<TrustedCertificate> list() {
        KeyStore store;
        try {
            store = load();
        } catch (IOException e) {
            throw new UnwritableException("The provider trust store " + file + " cannot be read: " + e, e);
        }
        List<TrustedCertificate> trusted = new ArrayList<>();
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isCertificateEntry(alias) && store.getCertificate(alias) instanceof X509Certificate c) {
                    trusted.add(new TrustedCertificate(alias, c));
                }
            }
        } catch (GeneralSecurityException e) {
            throw new UnwritableException("The provider trust store " + file + " cannot be read: " + e, e);
        }
        trusted.sort(Comparator.comparing(TrustedCertificate::alias));
        return List.copyOf(trusted);
    }

    @Override
    public boolean remove(String alias) {
        return underLock(() -> {
            KeyStore store = load();
            try {
                if (alias == null || !store.isCertificateEntry(alias)) {
                    return false;
                }
                store.deleteEntry(alias);
            } catch (GeneralSecurityException e) {
                throw new UnwritableException("The provider trust store " + file + " refused to remove " + alias
                        + ": " + e + "; nothing was changed", e);
            }
            replaceWith(store);
            LOG.log(System.Logger.Level.INFO, "Provider trust store {0}: removed {1}", file, alias);
            return true;
        });
    }

    private interface LockedWork<T> {
        T run() throws IOException;
    }

    /** Runs the work holding this process's lock of the store and the lock file other processes take. */
    private <T> T underLock(LockedWork<T> work) {
        ReentrantLock threads = LOCKS.computeIfAbsent(file, f -> new ReentrantLock());
        threads.lock();
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel lockFile = FileChannel.open(lockFile(), openOptions(), ownerOnly());
                 FileLock processes = lock(lockFile)) {
                return work.run();
            }
        } catch (IOException e) {
            throw new UnwritableException("The provider trust store " + file + " cannot be written: " + e
                    + "; nothing was changed", e);
        } finally {
            threads.unlock();
        }
    }

    private List<String> addLocked(List<X509Certificate> certificates) throws IOException {
        KeyStore store = load();
        List<String> added = new ArrayList<>();
        try {
            for (X509Certificate certificate : certificates) {
                if (store.getCertificateAlias(certificate) == null) {
                    store.setCertificateEntry(ALIAS_PREFIX + PemCertificates.sha256Hex(certificate), certificate);
                    added.add(PemCertificates.sha256Fingerprint(certificate));
                }
            }
        } catch (GeneralSecurityException e) {
            throw new UnwritableException("The provider trust store " + file + " refused a certificate: " + e
                    + "; nothing was changed", e);
        }
        if (added.isEmpty()) {
            // nothing new: leave the file alone, so readers have nothing to reload
            return added;
        }
        replaceWith(store);
        LOG.log(System.Logger.Level.INFO, "Provider trust store {0}: added {1}", file, added);
        return added;
    }

    private KeyStore load() throws IOException {
        try {
            if (Files.notExists(file)) {
                KeyStore empty = KeyStore.getInstance("PKCS12");
                empty.load(null, null);
                return empty;
            }
            return KeyStore.getInstance(file.toFile(), password);
        } catch (IOException | GeneralSecurityException e) {
            // "keystore password was incorrect" for a wrong password; the password itself is never in a message
            throw new UnwritableException("The provider trust store " + file + " cannot be read with the configured"
                    + " password (" + NeutronClientHolder.TRUSTSTORE_PASSWORD + "): " + e.getMessage()
                    + "; nothing was changed", e);
        }
    }

    private void replaceWith(KeyStore store) throws IOException {
        String name = file.getFileName().toString();
        Path temporary = Files.createTempFile(file.getParent(), "." + name + ".", ".tmp", ownerOnly());
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                store.store(out, password);
                out.flush();
                channel.force(true);
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot encode the store: " + e.getMessage(), e);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private Path lockFile() {
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    private static Set<StandardOpenOption> openOptions() {
        return Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    /** Waits a bounded time: a hung process must not hang every later import with it. */
    private FileLock lock(FileChannel channel) throws IOException {
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException heldHere) {
                // this process holds it through another path to the same file (a link); wait like for another one
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("another process has held " + lockFile() + " for more than "
                        + LOCK_WAIT.toSeconds() + " s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + lockFile(), e);
            }
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0];
    }

    /**
     * An expired certificate can never make a handshake pass, so importing one is a mistake worth stopping. One not
     * valid yet is accepted: that is how an admin trusts a renewed CA before the provider switches to it.
     */
    private static void requireNotExpired(X509Certificate certificate, Date now) {
        try {
            certificate.checkValidity(now);
        } catch (CertificateExpiredException e) {
            throw new IllegalArgumentException("The certificate " + certificate.getSubjectX500Principal().getName()
                    + " expired on " + certificate.getNotAfter().toInstant(), e);
        } catch (CertificateNotYetValidException e) {
            LOG.log(System.Logger.Level.INFO, "Certificate {0} is not valid before {1}", certificate
                    .getSubjectX500Principal().getName(), certificate.getNotBefore().toInstant());
        }
    }
}
