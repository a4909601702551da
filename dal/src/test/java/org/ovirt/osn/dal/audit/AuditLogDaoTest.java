package org.ovirt.osn.dal.audit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ovirt.osn.dal.testing.TestDatabase;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditLogDaoTest {

    private final TestDatabase h2 = TestDatabase.h2();
    private final TestDatabase postgres = TestDatabase.postgres();

    @AfterAll
    void drop() {
        h2.close();
        postgres.close();
    }

    @Test
    void shouldPageNewestFirstOnH2() {
        shouldPageNewestFirst(h2);
    }

    @Test
    void shouldPageNewestFirstOnPostgres() {
        shouldPageNewestFirst(postgres);
    }

    private static void shouldPageNewestFirst(TestDatabase db) {
        for (int i = 1; i <= 5; i++) {
            int n = i;
            db.run(em -> new JpaAuditLogDao(em)
                    .save(new AuditLogEntity(OffsetDateTime.now(), 100 + n, "E" + n, "INFO", "message " + n)));
        }

        List<String> secondPage = db.query(em -> new JpaAuditLogDao(em).findNewestFirst(2, 2)).stream()
                .map(AuditLogEntity::getMessage).toList();

        assertEquals(List.of("message 3", "message 2"), secondPage);
    }

    @Test
    void shouldFindTheNewestEntryOfAProviderWithOneOfTheCodesOnH2() {
        shouldFindTheNewestEntryOfAProviderWithOneOfTheCodes(h2);
    }

    @Test
    void shouldFindTheNewestEntryOfAProviderWithOneOfTheCodesOnPostgres() {
        shouldFindTheNewestEntryOfAProviderWithOneOfTheCodes(postgres);
    }

    private static void shouldFindTheNewestEntryOfAProviderWithOneOfTheCodes(TestDatabase db) {
        UUID provider = UUID.randomUUID();
        save(db, provider, 9164, "synced");
        save(db, provider, 9165, "sync failed");
        save(db, provider, 225, "tested");
        save(db, UUID.randomUUID(), 9164, "another provider synced");

        Optional<AuditLogEntity> newest = db.query(em -> new JpaAuditLogDao(em)
                .findNewestOfProvider(provider, List.of(9164, 9165)));
        Optional<AuditLogEntity> none = db.query(em -> new JpaAuditLogDao(em)
                .findNewestOfProvider(UUID.randomUUID(), List.of(9164, 9165)));

        assertEquals("sync failed", newest.orElseThrow().getMessage());
        assertTrue(none.isEmpty());
    }

    private static void save(TestDatabase db, UUID provider, int code, String message) {
        AuditLogEntity entry = new AuditLogEntity(OffsetDateTime.now(), code, "E" + code, "INFO", message);
        entry.setProviderId(provider);
        db.run(em -> new JpaAuditLogDao(em).save(entry));
    }

    @Test
    void shouldCutOverlongMessagesToTheColumnSize() {
        AuditLogEntity entry = new AuditLogEntity(OffsetDateTime.now(), 1, "E", "INFO", "x".repeat(5000));
        postgres.run(em -> new JpaAuditLogDao(em).save(entry));

        assertEquals(4000, postgres.query(em -> new JpaAuditLogDao(em).findNewestFirst(0, 1)).get(0)
                .getMessage().length());
    }
}
