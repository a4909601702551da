package org.ovirt.osn.engine.standalone;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.dal.engine.ClusterDao;
import org.ovirt.osn.dal.engine.DataCenterDao;
import org.ovirt.osn.dal.engine.HostDao;
import org.ovirt.osn.dal.engine.HostEntity;
import org.ovirt.osn.dal.engine.NetworkDao;
import org.ovirt.osn.dal.engine.NetworkEntity;
import org.ovirt.osn.dal.engine.VnicProfileDao;
import org.ovirt.osn.dal.engine.VnicProfileEntity;
import org.ovirt.osn.engine.DataCenter;
import org.ovirt.osn.engine.Host;
import org.ovirt.osn.engine.InventoryConflictException;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.engine.NetworkClusterAttachment;
import org.ovirt.osn.engine.VnicProfile;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class StandaloneEngineInventoryTest {

    private static final UUID DC = UUID.fromString("2b6e0c4d-7a1f-4f0e-9a55-1c2d3e4f5a6b");
    private static final UUID NET = UUID.fromString("7d3a9e1c-0b2f-4c5d-8e6f-a1b2c3d4e5f6");

    @Mock
    private DataCenterDao dataCenters;
    @Mock
    private ClusterDao clusters;
    @Mock
    private NetworkDao networks;
    @Mock
    private VnicProfileDao profiles;
    @Mock
    private HostDao hosts;

    private StandaloneEngineInventory inventory() {
        return new StandaloneEngineInventory(dataCenters, clusters, networks, profiles, hosts);
    }

    private static PersistenceException uniqueViolation(String constraint) {
        return new PersistenceException("could not execute statement", new SQLException(
                "ERROR: duplicate key value violates unique constraint \"" + constraint + "\"", "23505"));
    }

    private static NetworkEntity storedNetwork() {
        NetworkEntity e = new NetworkEntity();
        e.setId(NET);
        e.setDataCenterId(DC);
        e.setName("red");
        e.setMtu(1500);
        e.setVlanId(10);
        e.setVdsmName("red");
        return e;
    }

    @Test
    void shouldStoreEveryFieldOfANewNetworkAndGiveItItsNameAsVdsmNameWhenFree() {
        when(networks.findByDataCenterAndVdsmName(DC, "blue")).thenReturn(Optional.empty());
        ArgumentCaptor<NetworkEntity> saved = ArgumentCaptor.forClass(NetworkEntity.class);

        LogicalNetwork added = inventory().addNetwork(
                new LogicalNetwork(NET, DC, "blue", "d", 9000, 4094, false, "ignored"));

        verify(networks).save(saved.capture());
        NetworkEntity e = saved.getValue();
        assertEquals(List.of(NET, DC, "blue", "d", 9000, 4094, false, "blue"), List.of(e.getId(), e.getDataCenterId(),
                e.getName(), e.getDescription(), e.getMtu(), e.getVlanId(), e.isVmNetwork(), e.getVdsmName()));
        assertEquals(new LogicalNetwork(NET, DC, "blue", "d", 9000, 4094, false, "blue"), added);
    }

    @Test
    void shouldGiveANewNetworkTheIdVdsmNameWhenItsNameIsTakenAsVdsmName() {
        when(networks.findByDataCenterAndVdsmName(DC, "red")).thenReturn(Optional.of(storedNetwork()));

        LogicalNetwork added = inventory().addNetwork(new LogicalNetwork(NET, DC, "red", null, 0, null, true, null));

        assertEquals(VdsmNames.fromId(NET), added.vdsmName());
    }

    @Test
    void shouldReportALostNameRaceAsAConflictNamingWhatClashed() {
        PersistenceException network = uniqueViolation("uq_engine_network_dc_name");
        doThrow(network).when(networks).save(any());
        doThrow(uniqueViolation("uq_engine_host_address")).when(hosts).save(any());
        doThrow(uniqueViolation("uq_engine_data_center_name")).when(dataCenters).save(any());

        InventoryConflictException e = assertThrows(InventoryConflictException.class, () -> inventory().addNetwork(
                new LogicalNetwork(NET, DC, "private net", null, 0, null, true, null)));

        assertEquals(InventoryConflictException.Clash.NETWORK_NAME, e.clash());
        assertSame(network, e.getCause());
        assertEquals(InventoryConflictException.Clash.HOST_ADDRESS, assertThrows(InventoryConflictException.class,
                () -> inventory().addHost(new Host(UUID.randomUUID(), "h", null, "h.lab", UUID.randomUUID())))
                .clash());
        assertEquals(InventoryConflictException.Clash.DATA_CENTER_NAME, assertThrows(InventoryConflictException.class,
                () -> inventory().addDataCenter(new DataCenter(DC, "Default", null))).clash());
    }

    @Test
    void shouldPassOnOtherPersistenceFailuresUnchanged() {
        PersistenceException other = new PersistenceException("could not execute statement",
                new SQLException("ERROR: insert or update violates foreign key constraint", "23503"));
        doThrow(other).when(profiles).save(any());

        PersistenceException e = assertThrows(PersistenceException.class, () -> inventory().addVnicProfile(
                new VnicProfile(UUID.randomUUID(), NET, "p", null, false, Map.of())));

        assertSame(other, e);
    }

    @Test
    void shouldChangeOnlyTheEditableFieldsOnUpdate() {
        NetworkEntity stored = storedNetwork();
        stored.getClusterAttachments().put(UUID.randomUUID(), true);
        when(networks.findById(NET)).thenReturn(Optional.of(stored));

        inventory().updateNetwork(new LogicalNetwork(NET, UUID.randomUUID(), "green", "d", 0, null, false, "other"));

        verify(networks).update(stored);
        assertEquals(List.of("green", "d", 0, false), List.of(stored.getName(), stored.getDescription(),
                stored.getMtu(), stored.isVmNetwork()));
        assertEquals(null, stored.getVlanId());
        assertEquals(DC, stored.getDataCenterId());
        assertEquals("red", stored.getVdsmName());
        assertEquals(1, stored.getClusterAttachments().size());
    }

    @Test
    void shouldAddOrChangeAnAttachmentAndReadAttachmentsFromBothSides() {
        UUID cluster = UUID.randomUUID();
        NetworkEntity stored = storedNetwork();
        when(networks.findById(NET)).thenReturn(Optional.of(stored));
        when(networks.findByCluster(cluster)).thenReturn(List.of(stored));

        inventory().attachNetworkToCluster(new NetworkClusterAttachment(NET, cluster, true));
        inventory().attachNetworkToCluster(new NetworkClusterAttachment(NET, cluster, false));

        assertEquals(Map.of(cluster, false), stored.getClusterAttachments());
        List<NetworkClusterAttachment> expected = List.of(new NetworkClusterAttachment(NET, cluster, false));
        assertEquals(expected, inventory().clusterAttachmentsOfNetwork(NET));
        assertEquals(expected, inventory().networkAttachmentsOfCluster(cluster));
    }

    @Test
    void shouldRoundTripAProfileWithItsCustomProperties() {
        VnicProfile profile = new VnicProfile(UUID.randomUUID(), NET, "p", "d", true,
                Map.of(VnicProfile.SECURITY_GROUPS, "", "k", "v"));
        ArgumentCaptor<VnicProfileEntity> saved = ArgumentCaptor.forClass(VnicProfileEntity.class);

        inventory().addVnicProfile(profile);
        verify(profiles).save(saved.capture());
        when(profiles.findById(profile.id())).thenReturn(Optional.of(saved.getValue()));

        assertEquals(Optional.of(profile), inventory().vnicProfile(profile.id()));
    }

    @Test
    void shouldRoundTripAHost() {
        Host host = new Host(UUID.randomUUID(), "h1", "d", "h1.lab", UUID.randomUUID());
        ArgumentCaptor<HostEntity> saved = ArgumentCaptor.forClass(HostEntity.class);

        inventory().addHost(host);
        verify(hosts).save(saved.capture());
        when(hosts.findByAddress("h1.lab")).thenReturn(Optional.of(saved.getValue()));

        assertEquals(Optional.of(host), inventory().hostByAddress("h1.lab"));
    }
}
