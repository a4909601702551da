package org.ovirt.osn.provider.neutron;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ovirt.osn.provider.PemCertificates;
import org.ovirt.osn.provider.ProviderTrustStore;
import org.ovirt.osn.provider.TestPems;

import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ovirt.osn.provider.TestPems.CA;
import static org.ovirt.osn.provider.TestPems.LEAF;
import static org.ovirt.osn.provider.TestPems.OTHER;
import static org.ovirt.osn.provider.TestPems.PROVIDER;
import static org.ovirt.osn.provider.TestPems.certificate;

class ProviderTrustStoreFileTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    Path dir;

    private Path store() {
        return dir.resolve("provider-truststore.p12");
    }

    private ProviderTrustStoreFile writer(Path file, char[] password, Clock clock) {
        return new ProviderTrustStoreFile(file, password, clock);
    }

    private ProviderTrustStoreFile writer() {
        return writer(store(), PASSWORD, Clock.systemUTC());
    }

    private static KeyStore read(Path file, char[] password) throws Exception {
        return KeyStore.getInstance(file.toFile(), password);
    }

    private static String alias(String pem) {
        return ProviderTrustStoreFile.ALIAS_PREFIX + PemCertificates.sha256Hex(certificate(pem));
    }

    @Test
    void shouldCreateAPkcs12StoreReadableWithThePasswordWhenNoneExists() throws Exception {
        List<String> added = writer().add(List.of(certificate(PROVIDER)));

        KeyStore store = read(store(), PASSWORD);
        assertEquals("PKCS12", store.getType());
        assertEquals(List.of(alias(PROVIDER)), Collections.list(store.aliases()));
        assertTrue(store.isCertificateEntry(alias(PROVIDER)));
        assertEquals(certificate(PROVIDER), store.getCertificate(alias(PROVIDER)));
        assertEquals(List.of(PemCertificates.sha256Fingerprint(certificate(PROVIDER))), added);
    }

    @Test
    void shouldGiveTheStoreOwnerOnlyPermissionsWhenWritingIt() throws Exception {
        writer().add(List.of(certificate(PROVIDER)));

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store())));
    }

    @Test
    void shouldCreateTheFolderWhenTheDataDirectoryDoesNotExistYet() throws Exception {
        Path nested = dir.resolve("data/ovirt-osn/provider-truststore.p12");

        writer(nested, PASSWORD, Clock.systemUTC()).add(List.of(certificate(PROVIDER)));

        assertEquals(1, read(nested, PASSWORD).size());
    }

    @Test
    void shouldLeaveTheFileUntouchedWhenEveryCertificateIsAlreadyTrusted() throws Exception {
        writer().add(List.of(certificate(PROVIDER)));
        FileTime written = Files.getLastModifiedTime(store());
        byte[] bytes = Files.readAllBytes(store());

        List<String> added = writer().add(List.of(certificate(PROVIDER), certificate(PROVIDER)));

        assertEquals(List.of(), added);
        assertEquals(written, Files.getLastModifiedTime(store()));
        assertArrayEquals(bytes, Files.readAllBytes(store()));
    }

    @Test
    void shouldAddOnlyTheNewOnesWhenSomeAreAlreadyTrusted() throws Exception {
        writer().add(List.of(certificate(PROVIDER)));

        List<String> added = writer().add(List.of(certificate(PROVIDER), certificate(CA), certificate(CA)));

        assertEquals(List.of(PemCertificates.sha256Fingerprint(certificate(CA))), added);
        assertEquals(2, read(store(), PASSWORD).size());
    }

    @Test
    void shouldKeepEntriesAnAdminAddedWhenAdding() throws Exception {
        KeyStore own = KeyStore.getInstance("PKCS12");
        own.load(null, null);
        own.setCertificateEntry("corporate-root", certificate(OTHER));
        try (OutputStream out = Files.newOutputStream(store())) {
            own.store(out, PASSWORD);
        }

        writer().add(List.of(certificate(OTHER), certificate(LEAF)));

        KeyStore store = read(store(), PASSWORD);
        assertEquals(List.of("corporate-root", alias(LEAF)), Collections.list(store.aliases()).stream().sorted()
                .toList());
    }

    @Test
    void shouldKeepTheJksTypeWhenTheStoreIsJks() throws Exception {
        KeyStore jks = KeyStore.getInstance("JKS");
        jks.load(null, null);
        jks.setCertificateEntry("corporate-root", certificate(OTHER));
        try (OutputStream out = Files.newOutputStream(store())) {
            jks.store(out, PASSWORD);
        }

        writer().add(List.of(certificate(PROVIDER)));

        KeyStore store = read(store(), PASSWORD);
        assertEquals("JKS", store.getType());
        assertEquals(2, store.size());
    }

    @Test
    void shouldRefuseAndChangeNothingWhenThePasswordDoesNotOpenTheStore() throws Exception {
        writer().add(List.of(certificate(PROVIDER)));
        byte[] before = Files.readAllBytes(store());

        ProviderTrustStore.UnwritableException e = assertThrows(ProviderTrustStore.UnwritableException.class,
                () -> writer(store(), "wrong".toCharArray(), Clock.systemUTC()).add(List.of(certificate(CA))));

        assertTrue(e.getMessage().contains("cannot be read with the configured password"
                + " (osn.provider.truststore.password)"), e.getMessage());
        assertTrue(e.getMessage().endsWith("nothing was changed"), e.getMessage());
        assertFalse(e.getMessage().contains("wrong"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(store()));
    }

    @Test
    void shouldRefuseAndChangeNothingWhenTheFileIsNotAKeyStore() throws Exception {
        Files.writeString(store(), "not a key store");

        assertThrows(ProviderTrustStore.UnwritableException.class, () -> writer().add(List.of(certificate(CA))));

        assertEquals("not a key store", Files.readString(store()));
    }

    @Test
    void shouldRefuseAnExpiredCertificateWithoutWritingAnything() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> writer(store(), PASSWORD, TestPems.afterExpiryOf(PROVIDER))
                        .add(List.of(certificate(LEAF), certificate(PROVIDER))));

        assertEquals("The certificate CN=provider.example,O=Example Org,C=CZ expired on "
                + certificate(PROVIDER).getNotAfter().toInstant(), e.getMessage());
        assertFalse(Files.exists(store()));
    }

    @Test
    void shouldAcceptACertificateThatIsNotValidYetSoARenewedCaCanBeStaged() throws Exception {
        writer(store(), PASSWORD, TestPems.beforeValidityOf(CA)).add(List.of(certificate(CA)));

        assertTrue(read(store(), PASSWORD).isCertificateEntry(alias(CA)));
    }

    @Test
    void shouldLeaveNoTemporaryFileBehindWhenDone() throws Exception {
        writer().add(List.of(certificate(PROVIDER)));
        writer().add(List.of(certificate(CA)));

        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("provider-truststore.p12", "provider-truststore.p12.lock"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void shouldLoseNoAdditionWhenSeveralWritersAddAtOnce() throws Exception {
        List<X509Certificate> certificates = List.of(certificate(PROVIDER), certificate(OTHER), certificate(CA),
                certificate(LEAF));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                // a writer of its own for each, as two beans or two engine processes would have
                X509Certificate certificate = certificates.get(i % certificates.size());
                runs.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return writer().add(List.of(certificate));
                }, threads));
            }
            start.countDown();
            int added = 0;
            for (CompletableFuture<List<String>> run : runs) {
                added += run.get(30, TimeUnit.SECONDS).size();
            }

            assertEquals(4, added, "each certificate is new for exactly one writer");
            assertEquals(4, read(store(), PASSWORD).size());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void shouldWaitWhileTheLockFileIsHeldElsewhere() throws Exception {
        Path lockFile = dir.resolve("provider-truststore.p12.lock");
        CompletableFuture<List<String>> adding = new CompletableFuture<>();
        Thread adder = new Thread(() -> {
            try {
                adding.complete(writer().add(List.of(certificate(PROVIDER))));
            } catch (RuntimeException e) {
                adding.completeExceptionally(e);
            }
        }, "trust-store-adder");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock elsewhere = channel.lock()) {
            adder.start();

            // seen pausing between attempts at the lock file: it got there and is waiting, not merely slow to start
            awaitPausedIn(ProviderTrustStoreFile.class, "lock", adder);
            assertFalse(adding.isDone(), "must wait for the lock");
            assertFalse(Files.exists(store()));
        }

        assertEquals(1, adding.get(10, TimeUnit.SECONDS).size());
        assertEquals(1, read(store(), PASSWORD).size());
    }

    private static void awaitPausedIn(Class<?> type, String method, Thread thread) {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!(thread.getState() == Thread.State.TIMED_WAITING && Arrays.stream(thread.getStackTrace()).anyMatch(
                frame -> frame.getClassName().equals(type.getName()) && frame.getMethodName().equals(method)))) {
            assertTrue(thread.isAlive() && System.nanoTime() < giveUp, () -> thread.getName() + " never paused in "
                    + type.getSimpleName() + "." + method + ": " + thread.getState());
            Thread.onSpinWait();
        }
    }

    @Test
    void shouldBeWhereTheClientReadsItWhenConfiguredOrByDefault() {
        assertEquals(Path.of("/etc/osn/trust.p12"), ProviderTrustStoreFile.location(TestProviders.config(
                NeutronClientHolder.TRUSTSTORE, "/etc/osn/trust.p12", "osn.data.dir", "/var/lib/osn")));
        assertEquals(Path.of("/var/lib/osn/provider-truststore.p12"), ProviderTrustStoreFile.location(
                TestProviders.config("osn.data.dir", "/var/lib/osn")));
        assertArrayEquals("changeit".toCharArray(), ProviderTrustStoreFile.password(TestProviders.config()));
    }

    @Test
    void shouldListEveryTrustedCertificateByAliasWhenSomeCameFromTheAdmin() throws Exception {
        KeyStore own = KeyStore.getInstance("PKCS12");
        own.load(null, null);
        own.setCertificateEntry("corporate-root", certificate(OTHER));
        try (OutputStream out = Files.newOutputStream(store())) {
            own.store(out, PASSWORD);
        }
        writer().add(List.of(certificate(LEAF)));

        List<ProviderTrustStore.TrustedCertificate> listed = writer().list();

        assertEquals(List.of("corporate-root", alias(LEAF)), listed.stream()
                .map(ProviderTrustStore.TrustedCertificate::alias).toList());
        assertEquals(certificate(LEAF), listed.get(1).certificate());
    }

    @Test
    void shouldListNothingWhenNoStoreExistsYet() {
        assertEquals(List.of(), writer().list());
        assertFalse(Files.exists(store()));
    }

    @Test
    void shouldRemoveOnlyThatCertificateAndKeepTheOthersWhenRemoving() throws Exception {
        writer().add(List.of(certificate(PROVIDER), certificate(LEAF)));

        boolean removed = writer().remove(alias(PROVIDER));

        assertTrue(removed);
        assertEquals(List.of(alias(LEAF)), Collections.list(read(store(), PASSWORD).aliases()));
    }

    @Test
    void shouldChangeNothingAndSayFalseWhenTheAliasIsNotInTheStore() throws Exception {
        writer().add(List.of(certificate(PROVIDER)));
        FileTime before = Files.getLastModifiedTime(store());

        boolean removed = writer().remove(alias(LEAF));

        assertFalse(removed);
        assertEquals(before, Files.getLastModifiedTime(store()));
        assertEquals(List.of(alias(PROVIDER)), Collections.list(read(store(), PASSWORD).aliases()));
    }

    @Test
    void shouldRefuseToRemoveAndChangeNothingWhenThePasswordDoesNotOpenTheStore() throws Exception {
        writer().add(List.of(certificate(PROVIDER)));
        byte[] before = Files.readAllBytes(store());

        assertThrows(ProviderTrustStore.UnwritableException.class,
                () -> writer(store(), "wrong".toCharArray(), Clock.systemUTC()).remove(alias(PROVIDER)));

        assertArrayEquals(before, Files.readAllBytes(store()));
    }
}
