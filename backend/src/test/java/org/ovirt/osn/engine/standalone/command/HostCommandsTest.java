package org.ovirt.osn.engine.standalone.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.Host;
import org.ovirt.osn.engine.InventoryConflictException;

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
import static org.ovirt.osn.engine.standalone.command.Inventories.HOST;

@ExtendWith(MockitoExtension.class)
class HostCommandsTest {

    @Mock
    private EngineInventory inventory;
    @Mock
    private VmInventory vms;

    private static AddHostParameters add(String name, String address, UUID clusterId) {
        return new AddHostParameters(new Host(null, name, null, address, clusterId));
    }

    @Test
    void shouldBeValidWhenTheClusterExistsAndNameAndAddressAreFree() {
        when(inventory.cluster(CLUSTER.id())).thenReturn(Optional.of(CLUSTER));
        when(inventory.hostByName("host2")).thenReturn(Optional.empty());
        when(inventory.hostByAddress("192.168.122.12")).thenReturn(Optional.empty());

        assertTrue(new AddHostCommand(inventory).validate(add("host2", "192.168.122.12", CLUSTER.id())).isValid());
    }

    @Test
    void shouldRefuseAMissingOrMalformedAddressBeforeLookingUpTheCluster() {
        AddHostCommand command = new AddHostCommand(inventory);

        ValidationResult missing = command.validate(add("host2", null, CLUSTER.id()));
        ValidationResult malformed = command.validate(add("host2", "http://host2", CLUSTER.id()));

        assertEquals(EngineMessage.VALIDATION_INVENTORY_FIELD_REQUIRED, missing.message());
        assertEquals(Map.of("Type", "host", "Field", "address"), missing.variables());
        assertEquals(EngineMessage.VALIDATION_HOST_ADDRESS_INVALID, malformed.message());
        verify(inventory, never()).cluster(any());
    }

    @Test
    void shouldRefuseAHostWithoutClusterOrInAnUnknownOne() {
        UUID unknown = UUID.randomUUID();
        when(inventory.cluster(unknown)).thenReturn(Optional.empty());
        AddHostCommand command = new AddHostCommand(inventory);

        assertEquals(EngineMessage.VALIDATION_INVENTORY_FIELD_REQUIRED,
                command.validate(add("host2", "host2.lab", null)).message());
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_CLUSTER_DOESNT_EXIST,
                command.validate(add("host2", "host2.lab", unknown)).message());
    }

    @Test
    void shouldRefuseWithConflictWhenTheNameOrTheAddressIsTaken() {
        when(inventory.cluster(CLUSTER.id())).thenReturn(Optional.of(CLUSTER));
        when(inventory.hostByName("host1")).thenReturn(Optional.of(HOST));
        when(inventory.hostByName("host2")).thenReturn(Optional.empty());
        when(inventory.hostByAddress("host1.lab.example.org")).thenReturn(Optional.of(HOST));
        AddHostCommand command = new AddHostCommand(inventory);

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_HOST_NAME_IN_USE,
                command.validate(add("host1", "elsewhere.lab", CLUSTER.id())).message());
        ValidationResult address = command.validate(add("host2", "host1.lab.example.org", CLUSTER.id()));
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_HOST_ADDRESS_IN_USE, address.message());
        assertEquals("Cannot add host. The address host1.lab.example.org is already used by another host.",
                Inventories.rendered(address, Map.of("Action", "add")));
    }

    @Test
    void shouldAddTheHostAndTellWhichUniqueValueALostRaceWasAbout() {
        AddHostParameters parameters = add("host2", "host2.lab", CLUSTER.id());
        AddHostCommand command = new AddHostCommand(inventory);

        assertEquals(parameters.host().id(), command.execute(parameters));
        verify(inventory).addHost(parameters.host());

        when(inventory.cluster(CLUSTER.id())).thenReturn(Optional.of(CLUSTER));
        doThrow(Inventories.conflict(InventoryConflictException.Clash.HOST_ADDRESS)).when(inventory).addHost(any());
        CommandFailedException address = assertThrows(CommandFailedException.class, () -> command.execute(parameters));
        doThrow(Inventories.conflict(InventoryConflictException.Clash.HOST_NAME)).when(inventory).addHost(any());
        CommandFailedException name = assertThrows(CommandFailedException.class, () -> command.execute(parameters));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_HOST_ADDRESS_IN_USE, address.engineMessage());
        assertEquals("host2.lab", address.variables().get("Address"));
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_HOST_NAME_IN_USE, name.engineMessage());
    }

    @Test
    void shouldRemoveAnExistingHostAndRefuseAnUnknownOne() {
        UUID unknown = UUID.randomUUID();
        when(inventory.host(unknown)).thenReturn(Optional.empty());
        when(inventory.host(HOST.id())).thenReturn(Optional.of(HOST));
        RemoveHostCommand command = new RemoveHostCommand(inventory, vms);

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_HOST_DOESNT_EXIST,
                command.validate(new InventoryIdParameters(unknown)).message());
        assertTrue(command.validate(new InventoryIdParameters(HOST.id())).isValid());
        command.execute(new InventoryIdParameters(HOST.id()));
        verify(inventory).removeHost(HOST.id());
    }

    @Test
    void shouldRecordTheBindingHostIdOfAnExistingHostForAPluginType() {
        when(inventory.host(HOST.id())).thenReturn(Optional.of(HOST));
        SetHostProviderBindingParameters parameters =
                new SetHostProviderBindingParameters(HOST.id(), "OVIRT_PROVIDER_OVN", "system-1");
        SetHostProviderBindingCommand command = new SetHostProviderBindingCommand(inventory);

        assertTrue(command.validate(parameters).isValid());
        command.execute(parameters);

        verify(inventory).setHostProviderBinding(HOST.id(), "OVIRT_PROVIDER_OVN", "system-1");
    }

    @Test
    void shouldRefuseABindingForAnUnknownHostOrWithoutPluginTypeOrId() {
        UUID unknown = UUID.randomUUID();
        when(inventory.host(unknown)).thenReturn(Optional.empty());
        when(inventory.host(HOST.id())).thenReturn(Optional.of(HOST));
        SetHostProviderBindingCommand command = new SetHostProviderBindingCommand(inventory);

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_HOST_DOESNT_EXIST,
                command.validate(new SetHostProviderBindingParameters(unknown, "p", "b")).message());
        assertEquals("plugin type", command.validate(new SetHostProviderBindingParameters(HOST.id(), " ", "b"))
                .variables().get("Field"));
        assertEquals("binding host id", command.validate(new SetHostProviderBindingParameters(HOST.id(), "p", null))
                .variables().get("Field"));
    }
}
