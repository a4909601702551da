package org.ovirt.osn.command.sync;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.Transactions;
import org.ovirt.osn.command.network.InternalImportExternalNetworkCommand;
import org.ovirt.osn.command.network.InternalImportExternalNetworkParameters;
import org.ovirt.osn.dal.network.ProvidedNetworkEntity;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.LogicalNetwork;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.command.sync.NetworkSyncChange.Kind;
import static org.ovirt.osn.command.sync.NetworkSyncChange.Status;
import static org.ovirt.osn.command.sync.SyncFixtures.DC;
import static org.ovirt.osn.command.sync.SyncFixtures.OVS;
import static org.ovirt.osn.command.sync.SyncFixtures.PROVIDER_ID;
import static org.ovirt.osn.command.sync.SyncFixtures.onProvider;

@ExtendWith(MockitoExtension.class)
class NetworkSyncApplierTest {

    private static final Map<String, String> VARIABLES = Map.of("Action", "synchronize", "ProviderName", "neutron-1");

    @Mock
    private Transactions transactions;
    @Mock
    private NetworkSyncWriter writer;
    @Mock
    private InternalImportExternalNetworkCommand internalImport;
    @Mock
    private AuditLogger auditLogger;
    @Mock
    private EngineInventory inventory;

    private NetworkSyncApplier applier() {
        return new NetworkSyncApplier(transactions, writer, internalImport, auditLogger, inventory);
    }

    @SuppressWarnings("unchecked")
    private void transactionsRunTheWork() {
        when(transactions.inTransaction(any())).thenAnswer(i -> ((Supplier<Object>) i.getArgument(0)).get());
    }

    private static NetworkSyncChange change(Kind kind) {
        return new NetworkSyncChange(kind, Status.PLANNED, "ext-1", kind == Kind.IMPORT ? null : UUID.randomUUID(),
                "blue", null, 1442, null, DC.id(), DC.name(), List.of(OVS.id()), 1, List.of("web"), null);
    }

    @Test
    void shouldImportIntoTheDataCenterAttachedToItsDefaultClustersWhenTheChangeIsAnImport() {
        transactionsRunTheWork();
        UUID added = UUID.randomUUID();
        ArgumentCaptor<InternalImportExternalNetworkParameters> handed =
                ArgumentCaptor.forClass(InternalImportExternalNetworkParameters.class);
        when(internalImport.run(handed.capture(), anyMap())).thenReturn(added);

        NetworkSyncChange done = applier().apply(PROVIDER_ID, change(Kind.IMPORT), VARIABLES,
                onProvider("ext-1", "blue", 1442));

        assertEquals(Status.DONE, done.status());
        assertEquals(added, done.networkId());
        assertEquals(List.of(OVS.id()), handed.getValue().clusterIds());
        assertTrue(handed.getValue().publicUse());
    }

    @Test
    void shouldReportAndAuditAFailedChangeAndNotThrow() {
        transactionsRunTheWork();
        NetworkSyncChange update = change(Kind.UPDATE);
        when(writer.update(update)).thenThrow(new CommandFailedException(
                EngineMessage.ACTION_TYPE_FAILED_NETWORK_NAME_IN_USE_IN_DATA_CENTER,
                Map.of("Action", "synchronize", "NetworkName", "blue", "DataCenterName", "Default"), null));

        NetworkSyncChange failed = applier().apply(PROVIDER_ID, update, VARIABLES, onProvider("ext-1", "blue", 0));

        assertEquals(Status.FAILED, failed.status());
        assertTrue(failed.reason().contains("already has a network named blue"), failed.reason());
        verify(auditLogger).log(eq(AuditLogType.PROVIDER_SYNC_CHANGE_FAILED), anyMap(), eq(PROVIDER_ID));
    }

    @Test
    void shouldAuditAKeptNetworkWithItsVnicsAndVmsWhenItIsFirstFoundGone() {
        transactionsRunTheWork();
        when(writer.markVanished(eq(PROVIDER_ID), any(), any())).thenReturn(true);
        ArgumentCaptor<Map<String, String>> variables = ArgumentCaptor.forClass(Map.class);

        NetworkSyncChange kept = applier().apply(PROVIDER_ID, change(Kind.KEEP), VARIABLES, null);

        assertEquals(Status.DONE, kept.status());
        verify(auditLogger).log(eq(AuditLogType.PROVIDER_SYNC_VANISHED_NETWORK_KEPT), variables.capture(),
                eq(PROVIDER_ID));
        assertEquals("web", variables.getValue().get("VmNames"));
        assertEquals("1", variables.getValue().get("VnicCount"));
    }

    @Test
    void shouldKeepANetworkMarkedGoneAlreadyWithoutWarningAgain() {
        transactionsRunTheWork();
        when(writer.markVanished(eq(PROVIDER_ID), any(), any())).thenReturn(false);

        NetworkSyncChange kept = applier().apply(PROVIDER_ID, change(Kind.KEEP), VARIABLES, null);

        assertEquals(Status.DONE, kept.status());
        verifyNoInteractions(auditLogger);
    }

    @Test
    void shouldMarkANetworkTheWriterKeptInsteadOfRemovingAsGone() {
        transactionsRunTheWork();
        NetworkSyncChange remove = change(Kind.REMOVE);
        NetworkSyncChange keptByWriter = new NetworkSyncChange(Kind.KEEP, Status.DONE, "ext-1", remove.networkId(),
                "blue", null, null, null, DC.id(), DC.name(), null, 1, null, null);
        when(writer.remove(remove)).thenReturn(keptByWriter);
        when(writer.markVanished(eq(PROVIDER_ID), eq(keptByWriter), any())).thenReturn(true);

        applier().apply(PROVIDER_ID, remove, VARIABLES, null);

        verify(auditLogger).log(eq(AuditLogType.PROVIDER_SYNC_VANISHED_NETWORK_KEPT), anyMap(), eq(PROVIDER_ID));
    }

    @Test
    void shouldReportEachNetworkThatIsOnTheProviderAgain() {
        transactionsRunTheWork();
        ProvidedNetworkEntity back = new ProvidedNetworkEntity(UUID.randomUUID(), UUID.randomUUID(), PROVIDER_ID,
                "ext-1", DC.id(), null, OffsetDateTime.now(ZoneOffset.UTC));
        when(writer.clearReappeared(PROVIDER_ID, Set.of("ext-1", "ext-2"))).thenReturn(List.of(back));
        when(inventory.network(back.getNetworkId())).thenReturn(Optional.of(new LogicalNetwork(back.getNetworkId(),
                DC.id(), "blue", null, 1500, null, true, "blue")));
        ArgumentCaptor<Map<String, String>> variables = ArgumentCaptor.forClass(Map.class);

        applier().forgetReappeared(PROVIDER_ID, Set.of("ext-1", "ext-2"), VARIABLES);

        verify(auditLogger).log(eq(AuditLogType.PROVIDER_SYNC_VANISHED_NETWORK_BACK), variables.capture(),
                eq(PROVIDER_ID));
        assertEquals("blue", variables.getValue().get("NetworkName"));
        assertEquals("ext-1", variables.getValue().get("ExternalNetworkId"));
        assertEquals("neutron-1", variables.getValue().get("ProviderName"));
    }

    @Test
    void shouldNotFailTheSyncWhenTheVanishedMarksCannotBeCleared() {
        when(transactions.inTransaction(any())).thenThrow(new IllegalStateException("db down"));

        applier().forgetReappeared(PROVIDER_ID, Set.of("ext-1"), VARIABLES);

        verifyNoInteractions(auditLogger);
    }
}
