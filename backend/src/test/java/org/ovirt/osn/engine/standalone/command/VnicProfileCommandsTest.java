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
import org.ovirt.osn.engine.InventoryConflictException;
import org.ovirt.osn.engine.VnicProfile;

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
import static org.ovirt.osn.engine.standalone.command.Inventories.NETWORK;
import static org.ovirt.osn.engine.standalone.command.Inventories.PROFILE;

@ExtendWith(MockitoExtension.class)
class VnicProfileCommandsTest {

    private static final String GROUP = "0f3c2d1e-1111-4a2b-9c3d-000000000001";

    @Mock
    private EngineInventory inventory;
    @Mock
    private VmInventory vms;

    private static AddVnicProfileParameters add(String name, UUID networkId, Map<String, String> properties) {
        return new AddVnicProfileParameters(new VnicProfile(null, networkId, name, null, false, properties));
    }

    @Test
    void shouldBeValidWithSecurityGroupsWhenTheNetworkExistsAndTheNameIsFreeOnIt() {
        when(inventory.network(NETWORK.id())).thenReturn(Optional.of(NETWORK));
        when(inventory.vnicProfileByName(NETWORK.id(), "blue")).thenReturn(Optional.empty());

        assertTrue(new AddVnicProfileCommand(inventory)
                .validate(add("blue", NETWORK.id(), Map.of(VnicProfile.SECURITY_GROUPS, GROUP))).isValid());
    }

    @Test
    void shouldRefuseAProfileWithoutNetworkOrOnAnUnknownOne() {
        UUID unknown = UUID.randomUUID();
        when(inventory.network(unknown)).thenReturn(Optional.empty());
        AddVnicProfileCommand command = new AddVnicProfileCommand(inventory);

        assertEquals(EngineMessage.VALIDATION_INVENTORY_FIELD_REQUIRED,
                command.validate(add("blue", null, Map.of())).message());
        ValidationResult missing = command.validate(add("blue", unknown, Map.of()));
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_NETWORK_DOESNT_EXIST, missing.message());
        assertEquals(Map.of("Type", "vNIC profile", "Network", unknown.toString()), missing.variables());
    }

    @Test
    void shouldRefuseSecurityGroupsThatAreNotIdsBeforeLookingUpTheName() {
        when(inventory.network(NETWORK.id())).thenReturn(Optional.of(NETWORK));

        ValidationResult result = new AddVnicProfileCommand(inventory)
                .validate(add("blue", NETWORK.id(), Map.of(VnicProfile.SECURITY_GROUPS, "default")));

        assertEquals(EngineMessage.VALIDATION_VNIC_PROFILE_SECURITY_GROUPS_INVALID, result.message());
        verify(inventory, never()).vnicProfileByName(any(), any());
    }

    @Test
    void shouldRefuseWithConflictWhenTheNetworkHasAProfileOfThatName() {
        when(inventory.network(NETWORK.id())).thenReturn(Optional.of(NETWORK));
        when(inventory.vnicProfileByName(NETWORK.id(), "red")).thenReturn(Optional.of(PROFILE));
        AddVnicProfileParameters parameters = add("red", NETWORK.id(), Map.of());
        AddVnicProfileCommand command = new AddVnicProfileCommand(inventory);

        ValidationResult result = command.validate(parameters);

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VNIC_PROFILE_NAME_IN_USE_ON_NETWORK, result.message());
        assertEquals("Cannot add vNIC profile. Network red already has a vNIC profile named red.",
                Inventories.rendered(result, command.auditVariables(parameters)));
    }

    @Test
    void shouldAddTheProfileAndReportALostNameRaceAsConflict() {
        AddVnicProfileParameters parameters = add("blue", NETWORK.id(), Map.of(VnicProfile.SECURITY_GROUPS, ""));
        AddVnicProfileCommand command = new AddVnicProfileCommand(inventory);

        assertEquals(parameters.profile().id(), command.execute(parameters));
        verify(inventory).addVnicProfile(parameters.profile());

        doThrow(Inventories.conflict(InventoryConflictException.Clash.VNIC_PROFILE_NAME))
                .when(inventory).addVnicProfile(any());
        when(inventory.network(NETWORK.id())).thenReturn(Optional.of(NETWORK));
        CommandFailedException e = assertThrows(CommandFailedException.class, () -> command.execute(parameters));
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VNIC_PROFILE_NAME_IN_USE_ON_NETWORK, e.engineMessage());
    }

    @Test
    void shouldRemoveAnExistingProfileAndRefuseAnUnknownOne() {
        UUID unknown = UUID.randomUUID();
        when(inventory.vnicProfile(unknown)).thenReturn(Optional.empty());
        when(inventory.vnicProfile(PROFILE.id())).thenReturn(Optional.of(PROFILE));
        RemoveVnicProfileCommand command = new RemoveVnicProfileCommand(inventory, vms);

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VNIC_PROFILE_DOESNT_EXIST,
                command.validate(new InventoryIdParameters(unknown)).message());
        assertTrue(command.validate(new InventoryIdParameters(PROFILE.id())).isValid());
        command.execute(new InventoryIdParameters(PROFILE.id()));
        verify(inventory).removeVnicProfile(PROFILE.id());
        assertEquals(Map.of("Action", "remove", "VnicProfileName", "red"),
                command.auditVariables(new InventoryIdParameters(PROFILE.id())));
    }
}
