package org.ovirt.osn.dal.engine;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.dal.provider.JpaNetworkProviderDao;
import org.ovirt.osn.dal.provider.NetworkProviderEntity;
import org.ovirt.osn.dal.provider.ProviderType;
import org.ovirt.osn.dal.testing.TestDatabase;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ovirt.osn.dal.testing.ConstraintAssertions.assertViolates;

/**
 * What every database must do for the standalone engine inventory DAOs: round trips, uniqueness (with the
 * constraint named in the failure, which the inventory turns into a conflict), and what a removal takes along or
 * refuses. Subclasses pick the database; each test seeds its own rows with unique names.
 */
abstract class EngineInventoryDaoContract {

    private final TestDatabase db;

    EngineInventoryDaoContract(TestDatabase db) {
        this.db = db;
    }

    @AfterAll
    void dropDatabase() {
        db.close();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private UUID dataCenter(String name) {
        DataCenterEntity dc = new DataCenterEntity();
        dc.setId(UUID.randomUUID());
        dc.setName(name);
        dc.setDescription("dc " + name);
        db.run(em -> new JpaDataCenterDao(em).save(dc));
        return dc.getId();
    }

    private UUID cluster(String name, UUID dataCenterId) {
        ClusterEntity cluster = new ClusterEntity();
        cluster.setId(UUID.randomUUID());
        cluster.setName(name);
        cluster.setDataCenterId(dataCenterId);
        db.run(em -> new JpaClusterDao(em).save(cluster));
        return cluster.getId();
    }

    private static NetworkEntity network(UUID dataCenterId, String name, String vdsmName) {
        NetworkEntity network = new NetworkEntity();
        network.setId(UUID.randomUUID());
        network.setDataCenterId(dataCenterId);
        network.setName(name);
        network.setVdsmName(vdsmName);
        return network;
    }

    private UUID saved(NetworkEntity network) {
        db.run(em -> new JpaNetworkDao(em).save(network));
        return network.getId();
    }

    private static VnicProfileEntity profile(UUID networkId, String name) {
        VnicProfileEntity profile = new VnicProfileEntity();
        profile.setId(UUID.randomUUID());
        profile.setNetworkId(networkId);
        profile.setName(name);
        return profile;
    }

    private static HostEntity host(String name, String address, UUID clusterId) {
        HostEntity host = new HostEntity();
        host.setId(UUID.randomUUID());
        host.setName(name);
        host.setAddress(address);
        host.setClusterId(clusterId);
        return host;
    }

    private boolean removed(java.util.function.Function<EntityManager, Boolean> removal) {
        return db.query(removal);
    }

    private long count(String table, String column, UUID id) {
        return db.query(em -> (Long) em.createNativeQuery(
                        "SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?1", Long.class)
                .setParameter(1, id).getSingleResult());
    }


    @Test
    void shouldReadBackADataCenterFindItByNameAndListInNameOrder() {
        String prefix = unique("dc");
        UUID b = dataCenter(prefix + "-b");
        UUID a = dataCenter(prefix + "-a");

        DataCenterEntity read = db.query(em -> new JpaDataCenterDao(em).findById(b)).orElseThrow();
        List<UUID> listed = db.query(em -> new JpaDataCenterDao(em).findAll()).stream()
                .filter(d -> d.getName().startsWith(prefix)).map(DataCenterEntity::getId).toList();

        assertEquals(prefix + "-b", read.getName());
        assertEquals("dc " + prefix + "-b", read.getDescription());
        assertEquals(a, db.query(em -> new JpaDataCenterDao(em).findByName(prefix + "-a")).orElseThrow().getId());
        assertTrue(db.query(em -> new JpaDataCenterDao(em).findByName(prefix + "-c")).isEmpty());
        assertEquals(List.of(a, b), listed);
    }

    @Test
    void shouldRefuseASecondDataCenterWithTheSameName() {
        String name = unique("dup");
        dataCenter(name);

        assertViolates("uq_engine_data_center_name", () -> dataCenter(name));
    }

    @Test
    void shouldListTheClustersOfOneDataCenterOnly() {
        UUID dc = dataCenter(unique("dc"));
        UUID other = dataCenter(unique("dc"));
        String prefix = unique("cl");
        UUID second = cluster(prefix + "-2", dc);
        UUID first = cluster(prefix + "-1", dc);
        cluster(prefix + "-3", other);

        List<UUID> clusters = db.query(em -> new JpaClusterDao(em).findByDataCenter(dc)).stream()
                .map(ClusterEntity::getId).toList();

        assertEquals(List.of(first, second), clusters);
        assertEquals(dc, db.query(em -> new JpaClusterDao(em).findByName(prefix + "-1")).orElseThrow()
                .getDataCenterId());
    }

    @Test
    void shouldRefuseAClusterInAnUnknownDataCenterAndADuplicateClusterName() {
        UUID dc = dataCenter(unique("dc"));
        String name = unique("cl");
        cluster(name, dc);

        assertViolates("fk_engine_cluster_data_center", () -> cluster(unique("cl"), UUID.randomUUID()));
        assertViolates("uq_engine_cluster_name", () -> cluster(name, dataCenter(unique("dc"))));
    }

    @Test
    void shouldFindClustersByDefaultNetworkProviderAndForgetItWhenTheProviderGoes() {
        UUID dc = dataCenter(unique("dc"));
        NetworkProviderEntity provider = new NetworkProviderEntity();
        provider.setId(UUID.randomUUID());
        provider.setName(unique("default-provider"));
        provider.setType(ProviderType.NEUTRON);
        provider.setUrl("http://127.0.0.1:9696");
        db.run(em -> new JpaNetworkProviderDao(em).save(provider));
        ClusterEntity withDefault = new ClusterEntity();
        withDefault.setId(UUID.randomUUID());
        withDefault.setName(unique("cl"));
        withDefault.setDataCenterId(dc);
        withDefault.setDefaultNetworkProviderId(provider.getId());
        db.run(em -> new JpaClusterDao(em).save(withDefault));
        cluster(unique("cl"), dc);

        assertEquals(List.of(withDefault.getId()), db.query(em -> new JpaClusterDao(em)
                .findByDefaultNetworkProvider(provider.getId())).stream().map(ClusterEntity::getId).toList());
        assertEquals(provider.getId(), db.query(em -> new JpaClusterDao(em).findById(withDefault.getId()))
                .orElseThrow().getDefaultNetworkProviderId());

        db.run(em -> new JpaNetworkProviderDao(em).remove(provider.getId()));

        assertNull(db.query(em -> new JpaClusterDao(em).findById(withDefault.getId())).orElseThrow()
                .getDefaultNetworkProviderId());
    }

    @Test
    void shouldRefuseToRemoveADataCenterThatStillHasClusters() {
        UUID dc = dataCenter(unique("dc"));
        cluster(unique("cl"), dc);

        assertViolates("fk_engine_cluster_data_center", () -> db.run(em -> new JpaDataCenterDao(em).remove(dc)));
        assertTrue(db.query(em -> new JpaDataCenterDao(em).findById(dc)).isPresent());
    }

    @Test
    void shouldReadBackEveryFieldOfANetworkWithItsClusterAttachments() {
        UUID dc = dataCenter(unique("dc"));
        UUID required = cluster(unique("cl"), dc);
        UUID optional = cluster(unique("cl"), dc);
        NetworkEntity network = network(dc, unique("net") + " with blanks", "on0123456789abc");
        network.setDescription("d");
        network.setMtu(1442);
        network.setVlanId(4094);
        network.setVmNetwork(false);
        network.getClusterAttachments().put(required, true);
        network.getClusterAttachments().put(optional, false);
        saved(network);

        NetworkEntity read = db.query(em -> new JpaNetworkDao(em).findById(network.getId())).orElseThrow();

        assertEquals(dc, read.getDataCenterId());
        assertEquals(network.getName(), read.getName());
        assertEquals("d", read.getDescription());
        assertEquals(1442, read.getMtu());
        assertEquals(4094, read.getVlanId());
        assertFalse(read.isVmNetwork());
        assertEquals("on0123456789abc", read.getVdsmName());
        assertEquals(Map.of(required, true, optional, false), read.getClusterAttachments());
    }

    @Test
    void shouldDefaultToAVmNetworkWithTheDefaultMtuAndNoVlan() {
        NetworkEntity network = network(dataCenter(unique("dc")), unique("net"), "plain");
        saved(network);

        NetworkEntity read = db.query(em -> new JpaNetworkDao(em).findById(network.getId())).orElseThrow();

        assertTrue(read.isVmNetwork());
        assertEquals(0, read.getMtu());
        assertNull(read.getVlanId());
        assertEquals(Map.of(), read.getClusterAttachments());
    }

    @Test
    void shouldKeepNetworkNamesAndVdsmNamesUniquePerDataCenterOnly() {
        UUID dc = dataCenter(unique("dc"));
        UUID other = dataCenter(unique("dc"));
        saved(network(dc, "ovirtmgmt", "ovirtmgmt"));
        saved(network(other, "ovirtmgmt", "ovirtmgmt"));

        assertViolates("uq_engine_network_dc_name", () -> saved(network(dc, "ovirtmgmt", "other")));
        assertViolates("uq_engine_network_dc_vdsm_name", () -> saved(network(dc, "other", "ovirtmgmt")));
        assertEquals(2, db.query(em -> new JpaNetworkDao(em).findAll()).stream()
                .filter(n -> n.getName().equals("ovirtmgmt")).count());
    }

    @Test
    void shouldRefuseAnMtuOrVlanOutsideTheirRanges() {
        UUID dc = dataCenter(unique("dc"));
        NetworkEntity smallMtu = network(dc, unique("net"), "m");
        smallMtu.setMtu(67);
        NetworkEntity bigVlan = network(dc, unique("net"), "v");
        bigVlan.setVlanId(4095);
        NetworkEntity limits = network(dc, unique("net"), "l");
        limits.setMtu(65535);
        limits.setVlanId(0);

        assertViolates("ck_engine_network_mtu", () -> saved(smallMtu));
        assertViolates("ck_engine_network_vlan", () -> saved(bigVlan));
        saved(limits);
    }

    @Test
    void shouldTellWhichOfManyIdsAreExistingNetworks() {
        UUID dc = dataCenter(unique("dc"));
        UUID kept = saved(network(dc, "kept", "kept"));
        UUID removed = saved(network(dc, "removed", "removed"));
        db.run(em -> new JpaNetworkDao(em).remove(removed));
        List<UUID> asked = new java.util.ArrayList<>(List.of(kept, removed));
        for (int i = 0; i < JpaNetworkDao.IDS_PER_QUERY + 5; i++) {
            asked.add(UUID.randomUUID());
        }

        java.util.Set<UUID> existing = db.query(em -> new JpaNetworkDao(em).findExistingIds(asked));

        assertEquals(java.util.Set.of(kept), existing);
        assertTrue(db.query(em -> new JpaNetworkDao(em).findExistingIds(List.of())).isEmpty());
    }

    @Test
    void shouldFindNetworksByDataCenterNameVdsmNameAndAttachedCluster() {
        UUID dc = dataCenter(unique("dc"));
        UUID cluster = cluster(unique("cl"), dc);
        NetworkEntity attached = network(dc, "b-attached", "battached");
        attached.getClusterAttachments().put(cluster, false);
        saved(attached);
        saved(network(dc, "a-detached", "adetached"));

        List<String> inDc = db.query(em -> new JpaNetworkDao(em).findByDataCenter(dc)).stream()
                .map(NetworkEntity::getName).toList();
        List<String> inCluster = db.query(em -> new JpaNetworkDao(em).findByCluster(cluster)).stream()
                .map(NetworkEntity::getName).toList();

        assertEquals(List.of("a-detached", "b-attached"), inDc);
        assertEquals(List.of("b-attached"), inCluster);
        assertEquals(attached.getId(), db.query(em -> new JpaNetworkDao(em).findByDataCenterAndName(dc, "b-attached"))
                .orElseThrow().getId());
        assertEquals(attached.getId(), db.query(em -> new JpaNetworkDao(em).findByDataCenterAndVdsmName(dc,
                "battached")).orElseThrow().getId());
        assertTrue(db.query(em -> new JpaNetworkDao(em).findByDataCenterAndName(UUID.randomUUID(), "b-attached"))
                .isEmpty());
    }

    @Test
    void shouldUpdateANetworkAndReplaceItsAttachments() {
        UUID dc = dataCenter(unique("dc"));
        UUID first = cluster(unique("cl"), dc);
        UUID second = cluster(unique("cl"), dc);
        NetworkEntity network = network(dc, unique("net"), "upd");
        network.getClusterAttachments().put(first, true);
        saved(network);

        NetworkEntity detached = db.query(em -> new JpaNetworkDao(em).findById(network.getId())).orElseThrow();
        detached.setName("renamed-" + network.getName());
        detached.setMtu(9000);
        detached.setVlanId(null);
        detached.getClusterAttachments().clear();
        detached.getClusterAttachments().put(second, false);
        db.run(em -> new JpaNetworkDao(em).update(detached));

        NetworkEntity read = db.query(em -> new JpaNetworkDao(em).findById(network.getId())).orElseThrow();
        assertEquals("renamed-" + network.getName(), read.getName());
        assertEquals(9000, read.getMtu());
        assertEquals("upd", read.getVdsmName());
        assertEquals(Map.of(second, false), read.getClusterAttachments());
    }

    @Test
    void shouldDetachNetworksWhenTheirClusterIsRemoved() {
        UUID dc = dataCenter(unique("dc"));
        UUID cluster = cluster(unique("cl"), dc);
        NetworkEntity network = network(dc, unique("net"), "det");
        network.getClusterAttachments().put(cluster, true);
        saved(network);

        assertTrue(removed(em -> new JpaClusterDao(em).remove(cluster)));

        assertEquals(Map.of(), db.query(em -> new JpaNetworkDao(em).findById(network.getId())).orElseThrow()
                .getClusterAttachments());
    }

    @Test
    void shouldRemoveNetworksWithTheirDataCenterAndProfilesWithTheirNetwork() {
        UUID dc = dataCenter(unique("dc"));
        UUID kept = saved(network(dc, unique("net"), "kept"));
        UUID removed = saved(network(dc, unique("net"), "removed"));
        VnicProfileEntity profileOfKept = profile(kept, "p");
        profileOfKept.setCustomProperties(Map.of("SecurityGroups", ""));
        VnicProfileEntity profileOfRemoved = profile(removed, "p");
        profileOfRemoved.setCustomProperties(Map.of("SecurityGroups", ""));
        db.run(em -> {
            new JpaVnicProfileDao(em).save(profileOfKept);
            new JpaVnicProfileDao(em).save(profileOfRemoved);
        });

        assertTrue(removed(em -> new JpaNetworkDao(em).remove(removed)));
        assertEquals(0, count("engine_vnic_profile", "network_id", removed));
        assertEquals(0, count("engine_vnic_profile_property", "vnic_profile_id", profileOfRemoved.getId()));
        assertEquals(1, count("engine_vnic_profile", "network_id", kept));

        assertTrue(removed(em -> new JpaDataCenterDao(em).remove(dc)));
        assertEquals(0, count("engine_network", "data_center_id", dc));
        assertEquals(0, count("engine_vnic_profile", "network_id", kept));
        assertEquals(0, count("engine_vnic_profile_property", "vnic_profile_id", profileOfKept.getId()));
    }

    @Test
    void shouldReadBackAVnicProfileWithItsCustomPropertiesKeepingAnEmptyValue() {
        UUID network = saved(network(dataCenter(unique("dc")), unique("net"), "prof"));
        VnicProfileEntity profile = profile(network, unique("p"));
        profile.setDescription("d");
        profile.setPublicUse(true);
        profile.setCustomProperties(Map.of("SecurityGroups", "", "other", "v"));
        db.run(em -> new JpaVnicProfileDao(em).save(profile));

        VnicProfileEntity read = db.query(em -> new JpaVnicProfileDao(em).findById(profile.getId())).orElseThrow();

        assertEquals(network, read.getNetworkId());
        assertEquals(profile.getName(), read.getName());
        assertEquals("d", read.getDescription());
        assertTrue(read.isPublicUse());
        assertEquals(Map.of("SecurityGroups", "", "other", "v"), read.getCustomProperties());
    }

    @Test
    void shouldKeepProfileNamesUniquePerNetworkOnlyAndListThemByNetwork() {
        UUID dc = dataCenter(unique("dc"));
        UUID network = saved(network(dc, unique("net"), "n1"));
        UUID other = saved(network(dc, unique("net"), "n2"));
        db.run(em -> {
            new JpaVnicProfileDao(em).save(profile(network, "b"));
            new JpaVnicProfileDao(em).save(profile(network, "a"));
            new JpaVnicProfileDao(em).save(profile(other, "a"));
        });

        List<String> names = db.query(em -> new JpaVnicProfileDao(em).findByNetwork(network)).stream()
                .map(VnicProfileEntity::getName).toList();

        assertEquals(List.of("a", "b"), names);
        assertEquals(other, db.query(em -> new JpaVnicProfileDao(em).findByNetworkAndName(other, "a")).orElseThrow()
                .getNetworkId());
        assertViolates("uq_engine_vnic_profile_network_name",
                () -> db.run(em -> new JpaVnicProfileDao(em).save(profile(network, "a"))));
        assertViolates("fk_engine_vnic_profile_network",
                () -> db.run(em -> new JpaVnicProfileDao(em).save(profile(UUID.randomUUID(), "x"))));
    }

    @Test
    void shouldReadBackAHostAndFindItByNameAddressAndCluster() {
        UUID cluster = cluster(unique("cl"), dataCenter(unique("dc")));
        String name = unique("host");
        HostEntity host = host(name, name + ".example.org", cluster);
        host.setDescription("d");
        db.run(em -> new JpaHostDao(em).save(host));

        HostEntity read = db.query(em -> new JpaHostDao(em).findById(host.getId())).orElseThrow();

        assertEquals(name, read.getName());
        assertEquals(name + ".example.org", read.getAddress());
        assertEquals(cluster, read.getClusterId());
        assertEquals("d", read.getDescription());
        assertEquals(host.getId(), db.query(em -> new JpaHostDao(em).findByName(name)).orElseThrow().getId());
        assertEquals(host.getId(), db.query(em -> new JpaHostDao(em).findByAddress(name + ".example.org"))
                .orElseThrow().getId());
        assertEquals(List.of(host.getId()), db.query(em -> new JpaHostDao(em).findByCluster(cluster)).stream()
                .map(HostEntity::getId).toList());
    }

    @Test
    void shouldRefuseADuplicateHostNameOrAddressAndAnUnknownCluster() {
        UUID cluster = cluster(unique("cl"), dataCenter(unique("dc")));
        String name = unique("host");
        db.run(em -> new JpaHostDao(em).save(host(name, name + ".example.org", cluster)));

        assertViolates("uq_engine_host_name",
                () -> db.run(em -> new JpaHostDao(em).save(host(name, "elsewhere-" + name, cluster))));
        assertViolates("uq_engine_host_address",
                () -> db.run(em -> new JpaHostDao(em).save(host("other-" + name, name + ".example.org", cluster))));
        assertViolates("fk_engine_host_cluster",
                () -> db.run(em -> new JpaHostDao(em).save(host(unique("h"), unique("a"), UUID.randomUUID()))));
    }

    @Test
    void shouldKeepOneBindingHostIdPerHostAndPluginTypeAndDropThemWithTheHost() {
        UUID cluster = cluster(unique("cl"), dataCenter(unique("dc")));
        HostEntity host = host(unique("host"), unique("addr"), cluster);
        db.run(em -> new JpaHostDao(em).save(host));

        db.run(em -> new JpaHostDao(em).saveProviderBinding(host.getId(), "OVIRT_PROVIDER_OVN", "system-1"));
        db.run(em -> new JpaHostDao(em).saveProviderBinding(host.getId(), "OVIRT_PROVIDER_OVN", "system-2"));
        db.run(em -> new JpaHostDao(em).saveProviderBinding(host.getId(), "OPEN_VSWITCH", "ovs-1"));

        assertEquals("system-2", db.query(em -> new JpaHostDao(em)
                .findProviderBinding(host.getId(), "OVIRT_PROVIDER_OVN")).orElseThrow());
        assertEquals("ovs-1", db.query(em -> new JpaHostDao(em)
                .findProviderBinding(host.getId(), "OPEN_VSWITCH")).orElseThrow());
        assertTrue(db.query(em -> new JpaHostDao(em).findProviderBinding(host.getId(), "other")).isEmpty());

        assertTrue(removed(em -> new JpaHostDao(em).remove(host.getId())));
        assertTrue(db.query(em -> new JpaHostDao(em)
                .findProviderBinding(host.getId(), "OPEN_VSWITCH")).isEmpty());
    }

    @Test
    void shouldRefuseToRemoveAClusterThatStillHasHosts() {
        UUID cluster = cluster(unique("cl"), dataCenter(unique("dc")));
        HostEntity host = host(unique("host"), unique("addr"), cluster);
        db.run(em -> new JpaHostDao(em).save(host));

        assertViolates("fk_engine_host_cluster", () -> db.run(em -> new JpaClusterDao(em).remove(cluster)));

        assertTrue(removed(em -> new JpaHostDao(em).remove(host.getId())));
        assertTrue(removed(em -> new JpaClusterDao(em).remove(cluster)));
    }

    @Test
    void shouldReportUnknownIdsOnRemove() {
        UUID unknown = UUID.randomUUID();

        db.run((EntityManager em) -> {
            assertFalse(new JpaDataCenterDao(em).remove(unknown));
            assertFalse(new JpaClusterDao(em).remove(unknown));
            assertFalse(new JpaNetworkDao(em).remove(unknown));
            assertFalse(new JpaVnicProfileDao(em).remove(unknown));
            assertFalse(new JpaHostDao(em).remove(unknown));
        });
    }
}
