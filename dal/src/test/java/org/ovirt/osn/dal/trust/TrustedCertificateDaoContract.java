package org.ovirt.osn.dal.trust;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.dal.testing.TestDatabase;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every database must do for {@link JpaTrustedCertificateDao}; subclasses pick the database. */
abstract class TrustedCertificateDaoContract {

    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);

    private final TestDatabase db;

    TrustedCertificateDaoContract(TestDatabase db) {
        this.db = db;
    }

    @AfterAll
    void dropDatabase() {
        db.close();
    }

    private static TrustedCertificateEntity certificate(String fingerprint, String addedBy) {
        return new TrustedCertificateEntity("osn-sha256-" + fingerprint, fingerprint, "CN=neutron.example",
                "-----BEGIN CERTIFICATE-----\nMIIB" + fingerprint + "\n-----END CERTIFICATE-----\n", addedBy, NOW);
    }

    private static String fingerprint() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    /** One change as a node makes it: lock, then add, in one committed transaction. */
    private boolean add(TrustedCertificateEntity certificate) {
        return db.query(em -> {
            JpaTrustedCertificateDao dao = new JpaTrustedCertificateDao(em);
            dao.lockForChange();
            return dao.add(certificate);
        });
    }

    private long version() {
        return db.query(em -> new JpaTrustedCertificateDao(em).version());
    }

    private List<TrustedCertificateEntity> all() {
        return db.query(em -> new JpaTrustedCertificateDao(em).findAll());
    }

    @Test
    void shouldKeepEveryFieldOfATrustedCertificate() {
        TrustedCertificateEntity certificate = certificate(fingerprint(), "admin@internal");
        assertTrue(add(certificate));

        TrustedCertificateEntity read = all().stream()
                .filter(c -> c.getAlias().equals(certificate.getAlias())).findFirst().orElseThrow();
        assertEquals(certificate.getFingerprintSha256(), read.getFingerprintSha256());
        assertEquals("CN=neutron.example", read.getSubject());
        assertEquals(certificate.getPem(), read.getPem());
        assertEquals("admin@internal", read.getAddedBy());
        assertEquals(NOW.toInstant(), read.getAddedAt().toInstant());
    }

    @Test
    void shouldCountEveryChangeAndRefuseASecondCopyOfOneCertificate() {
        String fingerprint = fingerprint();
        long before = version();

        assertTrue(add(certificate(fingerprint, "node-a")));
        assertFalse(add(certificate(fingerprint, "node-b")));
        boolean removed = db.query(em -> {
            JpaTrustedCertificateDao dao = new JpaTrustedCertificateDao(em);
            dao.lockForChange();
            return dao.remove("osn-sha256-" + fingerprint);
        });
        boolean removedAgain = db.query(em -> {
            JpaTrustedCertificateDao dao = new JpaTrustedCertificateDao(em);
            dao.lockForChange();
            return dao.remove("osn-sha256-" + fingerprint);
        });

        assertTrue(removed);
        assertFalse(removedAgain);
        assertEquals(before + 4, version());
        assertTrue(all().stream().noneMatch(c -> c.getFingerprintSha256().equals(fingerprint)));
    }

    @Test
    void shouldAddOneCertificateImportedByManyNodesAtOnceWithoutAFailedStatement() throws Exception {
        String fingerprint = fingerprint();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> nodes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String node = "node-" + i;
                nodes.add(() -> add(certificate(fingerprint, node)));
            }
            int added = 0;
            for (Future<Boolean> result : pool.invokeAll(nodes)) {
                added += result.get() ? 1 : 0;
            }
            assertEquals(1, added);
        } finally {
            pool.shutdownNow();
        }
    }
}
