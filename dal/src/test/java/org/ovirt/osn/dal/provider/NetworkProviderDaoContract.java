package org.ovirt.osn.dal.provider;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.dal.testing.TestDatabase;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ovirt.osn.dal.testing.ConstraintAssertions.assertViolates;
import static org.ovirt.osn.dal.testing.ConstraintAssertions.assertStaleCopyRefused;

/** What every database must do for {@link JpaNetworkProviderDao}; subclasses pick the database. */
abstract class NetworkProviderDaoContract {

    private final TestDatabase db;

    NetworkProviderDaoContract(TestDatabase db) {
        this.db = db;
    }

    @AfterAll
    void dropDatabase() {
        db.close();
    }

    static NetworkProviderEntity provider(String name) {
        NetworkProviderEntity p = new NetworkProviderEntity();
        p.setId(UUID.randomUUID());
        p.setName(name);
        p.setType(ProviderType.EXTERNAL);
        p.setUrl("http://127.0.0.1:9696");
        p.setRequiresAuthentication(true);
        p.setUsername("admin@internal");
        p.setPasswordEncrypted("v1:ciphertext");
        p.setAuthenticationUrl("http://127.0.0.1:35357/v2.0");
        p.setTenantName("tenant");
        p.setUserDomainName("Default");
        p.setProjectName("service");
        p.setProjectDomainName("Default");
        p.setExternalPluginType("OVIRT_PROVIDER_OVN");
        p.setReadOnly(true);
        p.setAutoSync(true);
        p.setDescription("d");
        p.setCustomProperties(Map.of("k1", "v1", "k2", "v2"));
        return p;
    }

    @Test
    void shouldReadBackEveryFieldOfASavedProvider() {
        NetworkProviderEntity saved = provider("every-field-" + UUID.randomUUID());
        db.run(em -> new JpaNetworkProviderDao(em).save(saved));

        NetworkProviderEntity read = db.query(em -> new JpaNetworkProviderDao(em).findById(saved.getId()))
                .orElseThrow();

        assertEquals(saved.getName(), read.getName());
        assertEquals(ProviderType.EXTERNAL, read.getType());
        assertEquals("http://127.0.0.1:9696", read.getUrl());
        assertTrue(read.isRequiresAuthentication());
        assertEquals("admin@internal", read.getUsername());
        assertEquals("v1:ciphertext", read.getPasswordEncrypted());
        assertEquals("http://127.0.0.1:35357/v2.0", read.getAuthenticationUrl());
        assertEquals("tenant", read.getTenantName());
        assertEquals("Default", read.getUserDomainName());
        assertEquals("service", read.getProjectName());
        assertEquals("Default", read.getProjectDomainName());
        assertEquals("OVIRT_PROVIDER_OVN", read.getExternalPluginType());
        assertTrue(read.isReadOnly());
        assertTrue(read.isAutoSync());
        assertEquals("d", read.getDescription());
        assertEquals(Map.of("k1", "v1", "k2", "v2"), read.getCustomProperties());
        assertTrue(read.getCreatedAt() != null && read.getUpdatedAt() != null);
    }

    @Test
    void shouldStoreAnUnmanagedProviderAsATypeOfItsOwn() {
        NetworkProviderEntity saved = provider("unmanaged-" + UUID.randomUUID());
        saved.setType(ProviderType.UNMANAGED);
        db.run(em -> new JpaNetworkProviderDao(em).save(saved));

        assertEquals(ProviderType.UNMANAGED, db.query(em -> new JpaNetworkProviderDao(em).findById(saved.getId()))
                .orElseThrow().getType());
    }

    @Test
    void shouldFindByNameAndListInNameOrder() {
        String prefix = UUID.randomUUID().toString();
        db.run(em -> {
            JpaNetworkProviderDao dao = new JpaNetworkProviderDao(em);
            dao.save(provider(prefix + "-b"));
            dao.save(provider(prefix + "-a"));
        });

        Optional<NetworkProviderEntity> found = db.query(
                em -> new JpaNetworkProviderDao(em).findByName(prefix + "-a"));
        List<String> names = db.query(em -> new JpaNetworkProviderDao(em).findAll()).stream()
                .map(NetworkProviderEntity::getName).filter(n -> n.startsWith(prefix)).toList();

        assertTrue(found.isPresent());
        assertEquals(List.of(prefix + "-a", prefix + "-b"), names);
        assertTrue(db.query(em -> new JpaNetworkProviderDao(em).findByName("no-such-" + prefix)).isEmpty());
    }

    @Test
    void shouldRefuseASecondProviderWithTheSameName() {
        String name = "dup-" + UUID.randomUUID();
        db.run(em -> new JpaNetworkProviderDao(em).save(provider(name)));

        assertViolates("uq_osn_network_provider_name",
                () -> db.run(em -> new JpaNetworkProviderDao(em).save(provider(name))));
    }

    @Test
    void shouldUpdateFieldsAndReplaceCustomProperties() {
        NetworkProviderEntity saved = provider("upd-" + UUID.randomUUID());
        db.run(em -> new JpaNetworkProviderDao(em).save(saved));
        int versionBefore = db.query(em -> new JpaNetworkProviderDao(em).findById(saved.getId()))
                .orElseThrow().getRowVersion();

        NetworkProviderEntity detached = db.query(em -> new JpaNetworkProviderDao(em).findById(saved.getId()))
                .orElseThrow();
        detached.setUrl("https://neutron.example:9696");
        detached.setReadOnly(false);
        detached.setCustomProperties(Map.of("k3", "v3"));
        db.run(em -> new JpaNetworkProviderDao(em).update(detached));

        NetworkProviderEntity read = db.query(em -> new JpaNetworkProviderDao(em).findById(saved.getId()))
                .orElseThrow();
        assertEquals("https://neutron.example:9696", read.getUrl());
        assertFalse(read.isReadOnly());
        assertEquals(Map.of("k3", "v3"), read.getCustomProperties());
        assertNotEquals(versionBefore, read.getRowVersion());
    }

    @Test
    void shouldRejectAnUpdateBasedOnAStaleCopy() {
        NetworkProviderEntity saved = provider("stale-" + UUID.randomUUID());
        db.run(em -> new JpaNetworkProviderDao(em).save(saved));
        NetworkProviderEntity first = db.query(em -> new JpaNetworkProviderDao(em).findById(saved.getId()))
                .orElseThrow();
        NetworkProviderEntity second = db.query(em -> new JpaNetworkProviderDao(em).findById(saved.getId()))
                .orElseThrow();
        first.setDescription("first writer");
        db.run(em -> new JpaNetworkProviderDao(em).update(first));

        second.setDescription("second writer");
        assertStaleCopyRefused(() -> db.run(em -> new JpaNetworkProviderDao(em).update(second)));
    }

    @Test
    void shouldRemoveAProviderWithItsPropertiesAndReportUnknownIds() {
        NetworkProviderEntity saved = provider("rm-" + UUID.randomUUID());
        db.run(em -> new JpaNetworkProviderDao(em).save(saved));

        boolean removedFirst = db.query(em -> new JpaNetworkProviderDao(em).remove(saved.getId()));
        boolean removedAgain = db.query(em -> new JpaNetworkProviderDao(em).remove(saved.getId()));
        assertTrue(removedFirst);
        assertFalse(removedAgain);
        assertTrue(db.query(em -> new JpaNetworkProviderDao(em).findById(saved.getId())).isEmpty());
        long orphanProperties = db.query(em -> (Long) em.createNativeQuery(
                        "SELECT COUNT(*) FROM osn_network_provider_property WHERE provider_id = ?1", Long.class)
                .setParameter(1, saved.getId()).getSingleResult());
        assertEquals(0L, orphanProperties);
    }
}
