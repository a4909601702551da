package org.ovirt.osn.engine.standalone.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.engine.Cluster;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.InventoryConflictException;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.engine.standalone.command.Inventories.CLUSTER;
import static org.ovirt.osn.engine.standalone.command.Inventories.DC;
import static org.ovirt.osn.engine.standalone.command.Inventories.HOST;

@ExtendWith(MockitoExtension.class)
class ClusterCommandsTest {

    @Mock
    private EngineInventory inventory;
    @Mock
    private VmInventory vms;
    @Mock
    private NetworkProviderRepository providers;

    private static AddClusterParameters add(String name, UUID dataCenterId) {
        return new AddClusterParameters(new Cluster(null, name, null, dataCenterId));
    }

    @Test
    void shouldBeValidWhenTheDataCenterExistsAndTheNameIsFree() {
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        when(inventory.clusterByName("c2")).thenReturn(Optional.empty());

        assertTrue(new AddClusterCommand(inventory, providers).validate(add("c2", DC.id())).isValid());
    }

    @Test
    void shouldBeValidWhenTheDefaultNetworkProviderExists() {
        UUID provider = UUID.randomUUID();
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        when(inventory.clusterByName("c2")).thenReturn(Optional.empty());
        when(providers.findByIdWithoutSecrets(provider)).thenReturn(Optional.of(new NetworkProvider(provider, "p",
                null, NetworkProviderType.NEUTRON, "http://n:9696", false, null, null, null, null, null, null, null,
                null, false, false, Map.of())));

        assertTrue(new AddClusterCommand(inventory, providers).validate(new AddClusterParameters(
                new Cluster(null, "c2", null, DC.id(), provider))).isValid());
    }

    @Test
    void shouldFailWithDefaultNetworkProviderDoesntExistWhenTheProviderIsUnknown() {
        UUID provider = UUID.randomUUID();
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        when(providers.findByIdWithoutSecrets(provider)).thenReturn(Optional.empty());

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_DEFAULT_NETWORK_PROVIDER_DOESNT_EXIST,
                new AddClusterCommand(inventory, providers).validate(new AddClusterParameters(
                        new Cluster(null, "c2", null, DC.id(), provider))).message());
    }

    @Test
    void shouldRefuseAClusterWithoutDataCenterAsInvalid() {
        ValidationResult result = new AddClusterCommand(inventory, providers).validate(add("c2", null));

        assertEquals(EngineMessage.VALIDATION_INVENTORY_FIELD_REQUIRED, result.message());
        assertEquals(Map.of("Type", "cluster", "Field", "data_center"), result.variables());
        verify(inventory, never()).dataCenter(any());
    }

    @Test
    void shouldRefuseAnUnknownDataCenterWithNotFoundBeforeLookingUpTheName() {
        UUID unknown = UUID.randomUUID();
        when(inventory.dataCenter(unknown)).thenReturn(Optional.empty());
        AddClusterParameters parameters = add("c2", unknown);
        AddClusterCommand command = new AddClusterCommand(inventory, providers);

        ValidationResult result = command.validate(parameters);

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_DOESNT_EXIST, result.message());
        assertEquals("Cannot add cluster. Data center " + unknown + " does not exist.",
                Inventories.rendered(result, Map.of("Action", "add")));
        verify(inventory, never()).clusterByName(any());
    }

    @Test
    void shouldRefuseWithConflictWhenAClusterOfAnyDataCenterHasTheName() {
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        when(inventory.clusterByName("Default")).thenReturn(Optional.of(CLUSTER));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_CLUSTER_NAME_IN_USE,
                new AddClusterCommand(inventory, providers).validate(add("Default", DC.id())).message());
    }

    @Test
    void shouldAddTheClusterAndReportALostNameRaceAsConflict() {
        AddClusterParameters parameters = add("c2", DC.id());
        AddClusterCommand command = new AddClusterCommand(inventory, providers);

        assertEquals(parameters.cluster().id(), command.execute(parameters));
        verify(inventory).addCluster(parameters.cluster());

        doThrow(Inventories.conflict(InventoryConflictException.Clash.CLUSTER_NAME)).when(inventory).addCluster(any());
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        CommandFailedException e = assertThrows(CommandFailedException.class, () -> command.execute(parameters));
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_CLUSTER_NAME_IN_USE, e.engineMessage());
        assertEquals(Map.of("Action", "add", "ClusterName", "c2", "DataCenterName", "Default"), e.variables());
    }

    @Test
    void shouldRefuseToRemoveAClusterThatStillHasHosts() {
        when(inventory.cluster(CLUSTER.id())).thenReturn(Optional.of(CLUSTER));
        when(inventory.hostsOf(CLUSTER.id())).thenReturn(List.of(HOST));

        ValidationResult result = new RemoveClusterCommand(inventory, vms).validate(new InventoryIdParameters(CLUSTER.id()));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_CLUSTER_HAS_HOSTS, result.message());
        assertEquals(Map.of("ClusterName", "Default", "HostNames", "host1"), result.variables());
    }

    @Test
    void shouldRefuseToRemoveAnUnknownClusterAndRemoveAnEmptyOne() {
        UUID unknown = UUID.randomUUID();
        when(inventory.cluster(unknown)).thenReturn(Optional.empty());
        when(inventory.cluster(CLUSTER.id())).thenReturn(Optional.of(CLUSTER));
        when(inventory.hostsOf(CLUSTER.id())).thenReturn(List.of());
        RemoveClusterCommand command = new RemoveClusterCommand(inventory, vms);

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_CLUSTER_DOESNT_EXIST,
                command.validate(new InventoryIdParameters(unknown)).message());
        assertTrue(command.validate(new InventoryIdParameters(CLUSTER.id())).isValid());
        command.execute(new InventoryIdParameters(CLUSTER.id()));
        verify(inventory).removeCluster(CLUSTER.id());
    }
}
