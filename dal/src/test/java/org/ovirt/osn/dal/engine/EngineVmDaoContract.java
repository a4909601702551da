package org.ovirt.osn.dal.engine;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.dal.testing.TestDatabase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ovirt.osn.dal.testing.ConstraintAssertions.assertViolates;

/**
 * What every database must do for the standalone VMs, vNICs and the MAC pool: round trips, uniqueness (the constraint
 * named in the failure), what a removal takes along or refuses, and MAC allocation that never hands out an address
 * twice, also under concurrency. Subclasses pick the database; each test seeds its own rows with unique names.
 */
abstract class EngineVmDaoContract {

    private final TestDatabase db;

    EngineVmDaoContract(TestDatabase db) {
        this.db = db;
    }

    @AfterAll
    void dropDatabase() {
        db.close();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private UUID cluster() {
        DataCenterEntity dc = new DataCenterEntity();
        dc.setId(UUID.randomUUID());
        dc.setName(unique("dc"));
        ClusterEntity cluster = new ClusterEntity();
        cluster.setId(UUID.randomUUID());
        cluster.setName(unique("cl"));
        cluster.setDataCenterId(dc.getId());
        db.run(em -> {
            new JpaDataCenterDao(em).save(dc);
            new JpaClusterDao(em).save(cluster);
        });
        return cluster.getId();
    }

    private UUID host(UUID clusterId) {
        HostEntity host = new HostEntity();
        host.setId(UUID.randomUUID());
        host.setName(unique("host"));
        host.setAddress(host.getName() + ".lab");
        host.setClusterId(clusterId);
        db.run(em -> new JpaHostDao(em).save(host));
        return host.getId();
    }

    private UUID profile(UUID clusterId) {
        UUID dcId = db.query(em -> new JpaClusterDao(em).findById(clusterId)).orElseThrow().getDataCenterId();
        NetworkEntity network = new NetworkEntity();
        network.setId(UUID.randomUUID());
        network.setDataCenterId(dcId);
        network.setName(unique("net"));
        network.setVdsmName(network.getName().substring(0, 12));
        VnicProfileEntity profile = new VnicProfileEntity();
        profile.setId(UUID.randomUUID());
        profile.setNetworkId(network.getId());
        profile.setName("p");
        db.run(em -> {
            new JpaNetworkDao(em).save(network);
            new JpaVnicProfileDao(em).save(profile);
        });
        return profile.getId();
    }

    private static VmEntity vm(String name, UUID clusterId) {
        VmEntity vm = new VmEntity();
        vm.setId(UUID.randomUUID());
        vm.setName(name);
        vm.setClusterId(clusterId);
        return vm;
    }

    private UUID saved(VmEntity vm) {
        db.run(em -> new JpaVmDao(em).save(vm));
        return vm.getId();
    }

    private static VmNicEntity nic(UUID vmId, String name, String mac, UUID profileId) {
        VmNicEntity nic = new VmNicEntity();
        nic.setId(UUID.randomUUID());
        nic.setVmId(vmId);
        nic.setName(name);
        nic.setMacAddress(mac);
        nic.setVnicProfileId(profileId);
        return nic;
    }

    private UUID saved(VmNicEntity nic) {
        db.run(em -> new JpaVmNicDao(em).save(nic));
        return nic.getId();
    }

    private boolean removed(java.util.function.Function<jakarta.persistence.EntityManager, Boolean> removal) {
        return db.query(removal);
    }

    private String allocate() {
        return db.query(em -> new JpaMacPoolDao(em).allocate()).orElseThrow();
    }


    @Test
    void shouldReadBackADownVmAndFindItByNameClusterAndHostOnceRunning() {
        UUID cluster = cluster();
        UUID host = host(cluster);
        String name = unique("vm");
        VmEntity vm = vm(name, cluster);
        vm.setDescription("d");
        saved(vm);

        VmEntity read = db.query(em -> new JpaVmDao(em).findById(vm.getId())).orElseThrow();
        assertEquals(name, read.getName());
        assertEquals("d", read.getDescription());
        assertEquals("down", read.getStatus());
        assertNull(read.getRunOnHostId());
        assertEquals(vm.getId(), db.query(em -> new JpaVmDao(em).findByName(name)).orElseThrow().getId());
        assertEquals(List.of(vm.getId()), db.query(em -> new JpaVmDao(em).findByCluster(cluster)).stream()
                .map(VmEntity::getId).toList());

        read.setStatus("up");
        read.setRunOnHostId(host);
        db.run(em -> new JpaVmDao(em).update(read));

        assertEquals("up", db.query(em -> new JpaVmDao(em).findById(vm.getId())).orElseThrow().getStatus());
        assertEquals(List.of(vm.getId()), db.query(em -> new JpaVmDao(em).findByHost(host)).stream()
                .map(VmEntity::getId).toList());
    }

    @Test
    void shouldKeepTheOwnerOfAVmAndNoneForAVmAddedWithout() {
        UUID cluster = cluster();
        VmEntity owned = vm(unique("vm"), cluster);
        owned.setOwner("alice@internal");
        saved(owned);
        UUID unowned = saved(vm(unique("vm"), cluster));

        assertEquals("alice@internal", db.query(em -> new JpaVmDao(em).findById(owned.getId())).orElseThrow()
                .getOwner());
        assertNull(db.query(em -> new JpaVmDao(em).findById(unowned)).orElseThrow().getOwner());
    }

    @Test
    void shouldRefuseADuplicateVmNameAnUnknownStatusAndARunningVmWithoutHost() {
        UUID cluster = cluster();
        String name = unique("vm");
        saved(vm(name, cluster));
        VmEntity bad = vm(unique("vm"), cluster);
        bad.setStatus("paused");
        bad.setRunOnHostId(host(cluster));
        VmEntity hostless = vm(unique("vm"), cluster);
        hostless.setStatus("up");

        assertViolates("uq_engine_vm_name", () -> saved(vm(name, cluster)));
        assertViolates("ck_engine_vm_status", () -> saved(bad));
        assertViolates("ck_engine_vm_run_on_host", () -> saved(hostless));
        assertViolates("fk_engine_vm_cluster", () -> saved(vm(unique("vm"), UUID.randomUUID())));
    }

    @Test
    void shouldRefuseToRemoveAClusterWithVmsOrAHostAVmRunsOn() {
        UUID cluster = cluster();
        UUID host = host(cluster);
        VmEntity vm = vm(unique("vm"), cluster);
        vm.setStatus("up");
        vm.setRunOnHostId(host);
        saved(vm);

        assertViolates("fk_engine_vm_run_on_host", () -> db.run(em -> new JpaHostDao(em).remove(host)));
        assertTrue(removed(em -> new JpaVmDao(em).remove(vm.getId())));
        assertTrue(removed(em -> new JpaHostDao(em).remove(host)));
        assertTrue(removed(em -> new JpaClusterDao(em).remove(cluster)));
    }

    @Test
    void shouldReadBackAVnicAndListTheVnicsOfAVmInNameOrder() {
        UUID cluster = cluster();
        UUID profile = profile(cluster);
        UUID vm = saved(vm(unique("vm"), cluster));
        String mac1 = allocate();
        String mac2 = allocate();
        UUID nic2 = saved(nic(vm, "nic2", mac2, null));
        VmNicEntity first = nic(vm, "nic1", mac1, profile);
        first.setLinked(false);
        UUID nic1 = saved(first);

        VmNicEntity read = db.query(em -> new JpaVmNicDao(em).findById(nic1)).orElseThrow();
        assertEquals(vm, read.getVmId());
        assertEquals(mac1, read.getMacAddress());
        assertEquals(profile, read.getVnicProfileId());
        assertTrue(read.isPlugged());
        assertFalse(read.isLinked());
        assertNull(db.query(em -> new JpaVmNicDao(em).findById(nic2)).orElseThrow().getVnicProfileId());
        assertEquals(List.of(nic1, nic2), db.query(em -> new JpaVmNicDao(em).findByVm(vm)).stream()
                .map(VmNicEntity::getId).toList());
        assertEquals(nic2, db.query(em -> new JpaVmNicDao(em).findByVmAndName(vm, "nic2")).orElseThrow().getId());
        assertEquals(nic1, db.query(em -> new JpaVmNicDao(em).findByMac(mac1)).orElseThrow().getId());

        read.setPlugged(false);
        read.setVnicProfileId(null);
        db.run(em -> new JpaVmNicDao(em).update(read));
        VmNicEntity updated = db.query(em -> new JpaVmNicDao(em).findById(nic1)).orElseThrow();
        assertFalse(updated.isPlugged());
        assertNull(updated.getVnicProfileId());
    }

    @Test
    void shouldKeepVnicNamesUniquePerVmAndMacsUniqueEverywhere() {
        UUID cluster = cluster();
        UUID vm = saved(vm(unique("vm"), cluster));
        UUID other = saved(vm(unique("vm"), cluster));
        String mac = allocate();
        saved(nic(vm, "nic1", mac, null));
        saved(nic(other, "nic1", allocate(), null));

        assertViolates("uq_engine_vm_nic_vm_name", () -> saved(nic(vm, "nic1", allocate(), null)));
        assertViolates("uq_engine_vm_nic_mac", () -> saved(nic(other, "nic2", mac, null)));
    }

    @Test
    void shouldRemoveTheVnicsWithTheirVmAndEmptyTheProfileOfVnicsWhoseProfileIsRemoved() {
        UUID cluster = cluster();
        UUID profile = profile(cluster);
        UUID vm = saved(vm(unique("vm"), cluster));
        UUID kept = saved(vm(unique("vm"), cluster));
        UUID nic = saved(nic(vm, "nic1", allocate(), profile));
        UUID keptNic = saved(nic(kept, "nic1", allocate(), profile));
        UUID network = db.query(em -> new JpaVnicProfileDao(em).findById(profile)).orElseThrow().getNetworkId();
        assertEquals(2, db.query(em -> new JpaVmNicDao(em).findByProfile(profile)).size());
        assertEquals(2, db.query(em -> new JpaVmNicDao(em).findByNetwork(network)).size());
        assertTrue(db.query(em -> new JpaVmNicDao(em).findByNetwork(UUID.randomUUID())).isEmpty());

        assertTrue(removed(em -> new JpaVnicProfileDao(em).remove(profile)));
        assertNull(db.query(em -> new JpaVmNicDao(em).findById(keptNic)).orElseThrow().getVnicProfileId());
        assertTrue(removed(em -> new JpaVmDao(em).remove(vm)));

        assertTrue(db.query(em -> new JpaVmNicDao(em).findById(nic)).isEmpty());
        assertTrue(removed(em -> new JpaVmNicDao(em).remove(keptNic)));
        assertFalse(removed(em -> new JpaVmNicDao(em).remove(keptNic)));
        assertFalse(removed(em -> new JpaVmDao(em).remove(vm)));
    }

    @Test
    void shouldAllocateMacsInThePoolRangeSkippingOnesGivenByHandAndNeverTwice() {
        String first = allocate();
        assertTrue(first.matches("56:6f:00:00:[0-9a-f]{2}:[0-9a-f]{2}"), first);
        long next = JpaMacPoolDao.toLong(first) + 1;
        String takenByHand = JpaMacPoolDao.toMac(next);
        UUID vm = saved(vm(unique("vm"), cluster()));
        UUID nic = saved(nic(vm, "nic1", takenByHand, null));
        db.run(em -> new JpaVmNicDao(em).remove(nic));
        saved(nic(vm, "nic2", takenByHand, null));

        String second = allocate();

        assertEquals(JpaMacPoolDao.toMac(next + 1), second);
        assertEquals("56:6f:00:00:ff:ff", JpaMacPoolDao.toMac(JpaMacPoolDao.toLong("56:6F:00:00:FF:FF")));
    }

    @Test
    void shouldHandOutDistinctMacsToConcurrentAllocations() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                futures.add(pool.submit(this::allocate));
            }
            Set<String> macs = new HashSet<>();
            for (Future<String> f : futures) {
                macs.add(f.get());
            }
            assertEquals(80, macs.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldReportUnknownIdsOnRemove() {
        UUID unknown = UUID.randomUUID();

        assertFalse(removed(em -> new JpaVmDao(em).remove(unknown)));
        assertFalse(removed(em -> new JpaVmNicDao(em).remove(unknown)));
    }
}
