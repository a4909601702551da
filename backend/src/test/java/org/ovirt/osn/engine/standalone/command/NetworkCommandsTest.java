package org.ovirt.osn.engine.standalone.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.FailureKind;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.Cluster;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.InventoryConflictException;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.engine.NetworkClusterAttachment;

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
import static org.ovirt.osn.engine.standalone.command.Inventories.NETWORK;

@ExtendWith(MockitoExtension.class)
class NetworkCommandsTest {

    @Mock
    private EngineInventory inventory;
    @Mock
    private VmInventory vms;

    private static LogicalNetwork network(String name, UUID dataCenterId, int mtu, Integer vlanId) {
        return new LogicalNetwork(null, dataCenterId, name, null, mtu, vlanId, true, null);
    }

    private ValidationResult validateAdd(LogicalNetwork network) {
        return new AddNetworkCommand(inventory).validate(new AddNetworkParameters(network));
    }

    @Test
    void shouldBeValidWhenTheDataCenterExistsAndHasNoNetworkOfThatName() {
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        when(inventory.networkByName(DC.id(), "private net")).thenReturn(Optional.empty());

        assertTrue(validateAdd(network("private net", DC.id(), 1442, 4094)).isValid());
    }

    @Test
    void shouldRefuseANetworkWithoutDataCenterOrInAnUnknownOne() {
        UUID unknown = UUID.randomUUID();
        when(inventory.dataCenter(unknown)).thenReturn(Optional.empty());

        ValidationResult none = validateAdd(network("blue", null, 0, null));
        ValidationResult missing = validateAdd(network("blue", unknown, 0, null));

        assertEquals(EngineMessage.VALIDATION_INVENTORY_FIELD_REQUIRED, none.message());
        assertEquals("data_center", none.variables().get("Field"));
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_DOESNT_EXIST, missing.message());
        assertEquals(FailureKind.NOT_FOUND, missing.message().kind());
    }

    @Test
    void shouldRefuseAnMtuOrVlanOutOfRangeBeforeLookingUpTheName() {
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));

        ValidationResult mtu = validateAdd(network("blue", DC.id(), 67, null));
        ValidationResult vlan = validateAdd(network("blue", DC.id(), 0, 4095));

        assertEquals(EngineMessage.VALIDATION_NETWORK_MTU_OUT_OF_RANGE, mtu.message());
        assertEquals(EngineMessage.VALIDATION_NETWORK_VLAN_OUT_OF_RANGE, vlan.message());
        assertEquals(FailureKind.INVALID, vlan.message().kind());
        verify(inventory, never()).networkByName(any(), any());
    }

    @Test
    void shouldRefuseAMalformedNameAsInvalid() {
        assertEquals(EngineMessage.VALIDATION_INVENTORY_NAME_MALFORMED,
                validateAdd(network("blue\n", DC.id(), 0, null)).message());
    }

    @Test
    void shouldRefuseWithConflictNamingTheDataCenterWhenItHasANetworkOfThatName() {
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        when(inventory.networkByName(DC.id(), "red")).thenReturn(Optional.of(NETWORK));
        AddNetworkParameters parameters = new AddNetworkParameters(network("red", DC.id(), 0, null));
        AddNetworkCommand command = new AddNetworkCommand(inventory);

        ValidationResult result = command.validate(parameters);

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_NETWORK_NAME_IN_USE_IN_DATA_CENTER, result.message());
        assertEquals(FailureKind.CONFLICT, result.message().kind());
        assertEquals("Cannot add network. Data center Default already has a network named red.",
                Inventories.rendered(result, command.auditVariables(parameters)));
    }

    @Test
    void shouldAddTheNetworkAndReturnItsId() {
        AddNetworkParameters parameters = new AddNetworkParameters(network("blue", DC.id(), 0, null));
        when(inventory.addNetwork(parameters.network())).thenAnswer(call -> parameters.network());

        assertEquals(parameters.network().id(), new AddNetworkCommand(inventory).execute(parameters));
    }

    @Test
    void shouldFailWithNameInUseWhenAConcurrentAddWonTheName() {
        when(inventory.addNetwork(any())).thenThrow(Inventories.conflict(InventoryConflictException.Clash.NETWORK_NAME));
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));

        CommandFailedException e = assertThrows(CommandFailedException.class, () -> new AddNetworkCommand(inventory)
                .execute(new AddNetworkParameters(network("blue", DC.id(), 0, null))));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_NETWORK_NAME_IN_USE_IN_DATA_CENTER, e.engineMessage());
        assertEquals("Cannot add network. Data center Default already has a network named blue.", e.getMessage());
    }

    @Test
    void shouldRefuseToUpdateAnUnknownNetworkWithNotFound() {
        UUID unknown = UUID.randomUUID();
        when(inventory.network(unknown)).thenReturn(Optional.empty());
        LogicalNetwork changed = new LogicalNetwork(unknown, DC.id(), "blue", null, 0, null, true, null);

        ValidationResult result = new UpdateNetworkCommand(inventory).validate(new UpdateNetworkParameters(changed));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_NETWORK_DOESNT_EXIST, result.message());
    }

    @Test
    void shouldAllowKeepingTheNameButRefuseTakingAnotherNetworksName() {
        LogicalNetwork blue = new LogicalNetwork(UUID.randomUUID(), DC.id(), "blue", null, 0, null, true, "blue");
        when(inventory.network(NETWORK.id())).thenReturn(Optional.of(NETWORK));
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        when(inventory.networkByName(DC.id(), "red")).thenReturn(Optional.of(NETWORK));
        when(inventory.networkByName(DC.id(), "blue")).thenReturn(Optional.of(blue));
        UpdateNetworkCommand command = new UpdateNetworkCommand(inventory);

        LogicalNetwork newMtu = new LogicalNetwork(NETWORK.id(), DC.id(), "red", null, 9000, null, false, "red");
        LogicalNetwork renamed = new LogicalNetwork(NETWORK.id(), DC.id(), "blue", null, 1500, 10, true, "red");

        assertTrue(command.validate(new UpdateNetworkParameters(newMtu)).isValid());
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_NETWORK_NAME_IN_USE_IN_DATA_CENTER,
                command.validate(new UpdateNetworkParameters(renamed)).message());
    }

    @Test
    void shouldUpdateTheNetworkAndNameItInTheAuditByItsNameBefore() {
        LogicalNetwork renamed = new LogicalNetwork(NETWORK.id(), DC.id(), "green", null, 0, null, true, "red");
        when(inventory.network(NETWORK.id())).thenReturn(Optional.of(NETWORK));
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        UpdateNetworkCommand command = new UpdateNetworkCommand(inventory);

        command.execute(new UpdateNetworkParameters(renamed));

        verify(inventory).updateNetwork(renamed);
        assertEquals(Map.of("Action", "update", "NetworkName", "red", "DataCenterName", "Default"),
                command.auditVariables(new UpdateNetworkParameters(renamed)));
    }

    @Test
    void shouldRemoveAnExistingNetworkAndRefuseAnUnknownOne() {
        UUID unknown = UUID.randomUUID();
        when(inventory.network(unknown)).thenReturn(Optional.empty());
        when(inventory.network(NETWORK.id())).thenReturn(Optional.of(NETWORK));
        RemoveNetworkCommand command = new RemoveNetworkCommand(inventory, vms);

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_NETWORK_DOESNT_EXIST,
                command.validate(new InventoryIdParameters(unknown)).message());
        assertTrue(command.validate(new InventoryIdParameters(NETWORK.id())).isValid());
        command.execute(new InventoryIdParameters(NETWORK.id()));
        verify(inventory).removeNetwork(NETWORK.id());
    }

    @Test
    void shouldAttachANetworkToAClusterOfItsDataCenter() {
        NetworkClusterAttachment attachment = new NetworkClusterAttachment(NETWORK.id(), CLUSTER.id(), false);
        when(inventory.cluster(CLUSTER.id())).thenReturn(Optional.of(CLUSTER));
        when(inventory.network(NETWORK.id())).thenReturn(Optional.of(NETWORK));
        when(inventory.clusterAttachmentsOfNetwork(NETWORK.id())).thenReturn(List.of());
        AttachNetworkToClusterCommand command = new AttachNetworkToClusterCommand(inventory);

        assertTrue(command.validate(new AttachNetworkToClusterParameters(attachment)).isValid());
        command.execute(new AttachNetworkToClusterParameters(attachment));

        verify(inventory).attachNetworkToCluster(attachment);
    }

    @Test
    void shouldRefuseAttachingToAnUnknownClusterOrWithoutNetwork() {
        UUID unknown = UUID.randomUUID();
        when(inventory.cluster(unknown)).thenReturn(Optional.empty());
        when(inventory.cluster(CLUSTER.id())).thenReturn(Optional.of(CLUSTER));
        AttachNetworkToClusterCommand command = new AttachNetworkToClusterCommand(inventory);

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_CLUSTER_DOESNT_EXIST, command.validate(
                new AttachNetworkToClusterParameters(new NetworkClusterAttachment(NETWORK.id(), unknown, false)))
                .message());
        assertEquals(EngineMessage.VALIDATION_INVENTORY_FIELD_REQUIRED, command.validate(
                new AttachNetworkToClusterParameters(new NetworkClusterAttachment(null, CLUSTER.id(), false)))
                .message());
    }

    @Test
    void shouldRefuseAttachingANetworkOfAnotherDataCenterOrTwice() {
        Cluster elsewhere = new Cluster(UUID.randomUUID(), "far", null, UUID.randomUUID());
        when(inventory.cluster(CLUSTER.id())).thenReturn(Optional.of(CLUSTER));
        when(inventory.cluster(elsewhere.id())).thenReturn(Optional.of(elsewhere));
        when(inventory.network(NETWORK.id())).thenReturn(Optional.of(NETWORK));
        when(inventory.clusterAttachmentsOfNetwork(NETWORK.id()))
                .thenReturn(List.of(new NetworkClusterAttachment(NETWORK.id(), CLUSTER.id(), true)));
        AttachNetworkToClusterCommand command = new AttachNetworkToClusterCommand(inventory);

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_NETWORK_AND_CLUSTER_IN_DIFFERENT_DATA_CENTERS, command.validate(
                new AttachNetworkToClusterParameters(new NetworkClusterAttachment(NETWORK.id(), elsewhere.id(), false)))
                .message());
        ValidationResult twice = command.validate(
                new AttachNetworkToClusterParameters(new NetworkClusterAttachment(NETWORK.id(), CLUSTER.id(), false)));
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_NETWORK_ALREADY_ATTACHED_TO_CLUSTER, twice.message());
        assertEquals(FailureKind.CONFLICT, twice.message().kind());
    }
}
