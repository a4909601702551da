package org.ovirt.osn.dal.port;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.dal.provider.JpaNetworkProviderDao;
import org.ovirt.osn.dal.provider.NetworkProviderEntity;
import org.ovirt.osn.dal.provider.ProviderType;
import org.ovirt.osn.dal.testing.TestDatabase;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ovirt.osn.dal.testing.ConstraintAssertions.assertStaleCopyRefused;
import static org.ovirt.osn.dal.testing.ConstraintAssertions.assertViolates;
import static org.ovirt.osn.dal.testing.ConstraintAssertions.assertViolatesPrimaryKey;

/** What every database must do for {@link JpaVnicPortDao}; subclasses pick the database. */
abstract class VnicPortDaoContract {

    private final TestDatabase db;

    VnicPortDaoContract(TestDatabase db) {
        this.db = db;
    }

    @AfterAll
    void dropDatabase() {
        db.close();
    }

    private UUID provider() {
        NetworkProviderEntity p = new NetworkProviderEntity();
        p.setId(UUID.randomUUID());
        p.setName("ports-" + p.getId());
        p.setType(ProviderType.NEUTRON);
        p.setUrl("http://127.0.0.1:9696");
        db.run(em -> new JpaNetworkProviderDao(em).save(p));
        return p.getId();
    }

    private static VnicPortEntity port(UUID vm, UUID provider) {
        VnicPortEntity port = new VnicPortEntity();
        port.setVnicId(UUID.randomUUID());
        port.setVmId(vm);
        port.setProviderId(provider);
        port.setPortId(UUID.randomUUID().toString());
        port.setNetworkExternalId("net-" + UUID.randomUUID());
        port.setHostBinding("host-a");
        port.setState(VnicPortState.ACTIVE);
        port.setProviderType("EXTERNAL_NETWORK");
        port.setPluginType("OVIRT_PROVIDER_OVN");
        port.setSecurityGroups("sg-1,sg-2");
        return port;
    }

    private void save(VnicPortEntity port) {
        db.run(em -> new JpaVnicPortDao(em).save(port));
    }

    @Test
    void shouldReadBackEveryFieldOfASavedPort() {
        VnicPortEntity saved = port(UUID.randomUUID(), provider());
        save(saved);

        VnicPortEntity read = db.query(em -> new JpaVnicPortDao(em).findByVnic(saved.getVnicId())).orElseThrow();

        assertEquals(saved.getVmId(), read.getVmId());
        assertEquals(saved.getProviderId(), read.getProviderId());
        assertEquals(saved.getPortId(), read.getPortId());
        assertEquals(saved.getNetworkExternalId(), read.getNetworkExternalId());
        assertEquals("host-a", read.getHostBinding());
        assertEquals(VnicPortState.ACTIVE, read.getState());
        assertEquals("EXTERNAL_NETWORK", read.getProviderType());
        assertEquals("OVIRT_PROVIDER_OVN", read.getPluginType());
        assertEquals("sg-1,sg-2", read.getSecurityGroups());
        assertNotNull(read.getCreatedAt());
        assertNotNull(read.getUpdatedAt());
    }

    @Test
    void shouldFindThePortsOfAVmAndOfGivenVnics() {
        UUID provider = provider();
        UUID vm = UUID.randomUUID();
        VnicPortEntity first = port(vm, provider);
        VnicPortEntity second = port(vm, provider);
        VnicPortEntity other = port(UUID.randomUUID(), provider);
        save(first);
        save(second);
        save(other);

        assertEquals(Set.of(first.getVnicId(), second.getVnicId()), Set.copyOf(
                db.query(em -> new JpaVnicPortDao(em).findByVm(vm)).stream().map(VnicPortEntity::getVnicId).toList()));
        assertEquals(List.of(other.getVnicId()), db.query(em -> new JpaVnicPortDao(em)
                .findByVnics(List.of(other.getVnicId(), UUID.randomUUID()))).stream()
                .map(VnicPortEntity::getVnicId).toList());
        assertTrue(db.query(em -> new JpaVnicPortDao(em).findByVnics(List.of())).isEmpty());
        assertEquals(3, db.query(em -> new JpaVnicPortDao(em).findByProvider(provider)).size());
    }

    @Test
    void shouldWriteChangesOfAManagedRowAndMoveItsVersionOn() {
        VnicPortEntity saved = port(UUID.randomUUID(), provider());
        save(saved);
        int before = db.query(em -> new JpaVnicPortDao(em).findByVnic(saved.getVnicId())).orElseThrow()
                .getRowVersion();

        db.run(em -> {
            VnicPortEntity port = new JpaVnicPortDao(em).findByVnic(saved.getVnicId()).orElseThrow();
            port.setState(VnicPortState.DOWN);
            port.setHostBinding("host-b");
            new JpaVnicPortDao(em).flush();
        });

        VnicPortEntity read = db.query(em -> new JpaVnicPortDao(em).findByVnic(saved.getVnicId())).orElseThrow();
        assertEquals(VnicPortState.DOWN, read.getState());
        assertEquals("host-b", read.getHostBinding());
        assertEquals(before + 1, read.getRowVersion());
    }

    @Test
    void shouldRefuseAConcurrentChangeOfTheSameRow() {
        VnicPortEntity saved = port(UUID.randomUUID(), provider());
        save(saved);
        VnicPortEntity stale = db.query(em -> new JpaVnicPortDao(em).findByVnic(saved.getVnicId())).orElseThrow();
        db.run(em -> new JpaVnicPortDao(em).findByVnic(saved.getVnicId()).orElseThrow()
                .setState(VnicPortState.UNPLUGGED));

        stale.setState(VnicPortState.DOWN);
        assertStaleCopyRefused(() -> db.run(em -> {
            em.merge(stale);
            em.flush();
        }));
    }

    @Test
    void shouldRefuseASecondRowForOneVnicOrOnePort() {
        UUID provider = provider();
        VnicPortEntity saved = port(UUID.randomUUID(), provider);
        save(saved);
        VnicPortEntity samePort = port(UUID.randomUUID(), provider);
        samePort.setPortId(saved.getPortId());

        assertViolates("uq_osn_vnic_port_port", () -> save(samePort));
        VnicPortEntity sameVnic = port(UUID.randomUUID(), provider);
        sameVnic.setVnicId(saved.getVnicId());
        assertViolatesPrimaryKey("pk_osn_vnic_port", "osn_vnic_port", "vnic_id", () -> save(sameVnic));
    }

    @Test
    void shouldRemoveOneVnicsRowOnlyAndSayWhetherThereWasOne() {
        UUID provider = provider();
        VnicPortEntity gone = port(UUID.randomUUID(), provider);
        VnicPortEntity kept = port(UUID.randomUUID(), provider);
        save(gone);
        save(kept);

        assertTrue(db.<Boolean>query(em -> new JpaVnicPortDao(em).removeByVnic(gone.getVnicId())));
        assertFalse(db.<Boolean>query(em -> new JpaVnicPortDao(em).removeByVnic(gone.getVnicId())));
        assertTrue(db.query(em -> new JpaVnicPortDao(em).findByVnic(gone.getVnicId())).isEmpty());
        assertTrue(db.query(em -> new JpaVnicPortDao(em).findByVnic(kept.getVnicId())).isPresent());
    }

    @Test
    void shouldDropThePortsOfARemovedProvider() {
        UUID provider = provider();
        VnicPortEntity saved = port(UUID.randomUUID(), provider);
        save(saved);

        db.run(em -> new JpaNetworkProviderDao(em).remove(provider));

        assertTrue(db.query(em -> new JpaVnicPortDao(em).findByVnic(saved.getVnicId())).isEmpty());
    }
}
