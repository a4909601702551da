package org.ovirt.osn.engine.standalone.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.FailureKind;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.DataCenter;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.InventoryConflictException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.engine.standalone.command.Inventories.CLUSTER;
import static org.ovirt.osn.engine.standalone.command.Inventories.DC;

@ExtendWith(MockitoExtension.class)
class DataCenterCommandsTest {

    @Mock
    private EngineInventory inventory;

    private static AddDataCenterParameters add(String name, String description) {
        return new AddDataCenterParameters(new DataCenter(null, name, description));
    }

    @Test
    void shouldBeValidWhenNameIsWellFormedAndFree() {
        when(inventory.dataCenterByName("Lab")).thenReturn(Optional.empty());

        assertTrue(new AddDataCenterCommand(inventory).validate(add("Lab", "d")).isValid());
    }

    @Test
    void shouldRefuseMissingMalformedOrOverlongInputWithoutLookingUpTheName() {
        AddDataCenterCommand command = new AddDataCenterCommand(inventory);

        assertEquals(EngineMessage.VALIDATION_INVENTORY_FIELD_REQUIRED, command.validate(add(null, null)).message());
        assertEquals(EngineMessage.VALIDATION_INVENTORY_NAME_INVALID, command.validate(add("my dc", null)).message());
        assertEquals(EngineMessage.VALIDATION_INVENTORY_FIELD_TOO_LONG,
                command.validate(add("d".repeat(41), null)).message());
        assertEquals(EngineMessage.VALIDATION_INVENTORY_FIELD_TOO_LONG,
                command.validate(add("Lab", "d".repeat(4001))).message());
        verify(inventory, never()).dataCenterByName(anyString());
    }

    @Test
    void shouldRefuseWithConflictWhenAnotherDataCenterHasTheName() {
        when(inventory.dataCenterByName("Default")).thenReturn(Optional.of(DC));
        AddDataCenterParameters parameters = add("Default", null);
        AddDataCenterCommand command = new AddDataCenterCommand(inventory);

        ValidationResult result = command.validate(parameters);

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_NAME_IN_USE, result.message());
        assertEquals(FailureKind.CONFLICT, result.message().kind());
        assertEquals("Cannot add data center. The name Default is already used by another data center.",
                Inventories.rendered(result, command.auditVariables(parameters)));
    }

    @Test
    void shouldAddTheDataCenterWithItsNewIdWhenExecuted() {
        AddDataCenterParameters parameters = add("Lab", "d");

        UUID id = new AddDataCenterCommand(inventory).execute(parameters);

        assertNotNull(id);
        verify(inventory).addDataCenter(new DataCenter(id, "Lab", "d"));
    }

    @Test
    void shouldFailWithNameInUseWhenAConcurrentAddWonTheName() {
        doThrow(Inventories.conflict(InventoryConflictException.Clash.DATA_CENTER_NAME))
                .when(inventory).addDataCenter(org.mockito.ArgumentMatchers.any());

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> new AddDataCenterCommand(inventory).execute(add("Lab", null)));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_NAME_IN_USE, e.engineMessage());
        assertEquals(Map.of("Action", "add", "DataCenterName", "Lab"), e.variables());
    }

    @Test
    void shouldRefuseToRemoveAnUnknownDataCenterWithNotFound() {
        UUID unknown = UUID.randomUUID();
        when(inventory.dataCenter(unknown)).thenReturn(Optional.empty());

        ValidationResult result = new RemoveDataCenterCommand(inventory).validate(new InventoryIdParameters(unknown));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_DOESNT_EXIST, result.message());
        assertEquals(FailureKind.NOT_FOUND, result.message().kind());
        assertEquals(Map.of("Type", "data center", "DataCenter", unknown.toString()), result.variables());
    }

    @Test
    void shouldRefuseToRemoveADataCenterThatStillHasClusters() {
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        when(inventory.clustersOf(DC.id())).thenReturn(List.of(CLUSTER));

        ValidationResult result = new RemoveDataCenterCommand(inventory).validate(new InventoryIdParameters(DC.id()));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_HAS_CLUSTERS, result.message());
        assertEquals(Map.of("DataCenterName", "Default", "ClusterNames", "Default"), result.variables());
    }

    @Test
    void shouldRemoveAnEmptyDataCenterAndNameItInTheAudit() {
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        when(inventory.clustersOf(DC.id())).thenReturn(List.of());
        RemoveDataCenterCommand command = new RemoveDataCenterCommand(inventory);
        InventoryIdParameters parameters = new InventoryIdParameters(DC.id());

        assertTrue(command.validate(parameters).isValid());
        command.execute(parameters);

        verify(inventory).removeDataCenter(DC.id());
        assertEquals(Map.of("Action", "remove", "DataCenterName", "Default"), command.auditVariables(parameters));
    }
}
