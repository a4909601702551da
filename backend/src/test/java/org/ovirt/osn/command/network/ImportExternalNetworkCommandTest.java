package org.ovirt.osn.command.network;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.Transactions;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.dal.network.ProvidedNetworkDao;
import org.ovirt.osn.engine.EngineInventory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.command.network.NetworkFixtures.CLUSTER_A;
import static org.ovirt.osn.command.network.NetworkFixtures.CLUSTER_B;
import static org.ovirt.osn.command.network.NetworkFixtures.DC;
import static org.ovirt.osn.command.network.NetworkFixtures.EXISTING;
import static org.ovirt.osn.command.network.NetworkFixtures.PROVIDER;
import static org.ovirt.osn.command.network.NetworkFixtures.PROVIDER_ID;
import static org.ovirt.osn.command.network.NetworkFixtures.TENANT;
import static org.ovirt.osn.command.network.NetworkFixtures.link;

/** The public import: database rules, the lock, one provider call, and the hand-over to the internal import. */
@ExtendWith(MockitoExtension.class)
class ImportExternalNetworkCommandTest {

    @Mock
    private NetworkProviderRepository repository;
    @Mock
    private ProviderNetworkAccess access;
    @Mock
    private EngineInventory inventory;
    @Mock
    private ProvidedNetworkDao links;
    @Mock
    private InternalImportExternalNetworkCommand internalImport;
    @Mock
    private Transactions transactions;

    private ImportExternalNetworkCommand command() {
        return new ImportExternalNetworkCommand(repository, access, inventory, links, internalImport, transactions);
    }

    private static ImportExternalNetworkParameters params(boolean attachToAll) {
        return new ImportExternalNetworkParameters(PROVIDER_ID, TENANT.externalId(), DC.id(), true, attachToAll);
    }

    private void providerAndDataCenterExist() {
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.of(PROVIDER));
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
    }

    @SuppressWarnings("unchecked")
    private void transactionsRunTheWork() {
        when(transactions.inTransaction(any())).thenAnswer(i -> ((Supplier<Object>) i.getArgument(0)).get());
    }

    @Test
    void shouldPassValidationWithoutAskingTheProviderWhenNetworkIsNewInDataCenter() {
        providerAndDataCenterExist();
        when(links.findByExternal(PROVIDER_ID, TENANT.externalId())).thenReturn(List.of());

        assertTrue(command().validate(params(false)).isValid());

        verifyNoInteractions(access);
    }

    @Test
    void shouldFailWithProviderDoesntExistWhenProviderIsUnknown() {
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.empty());

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_DOESNT_EXIST, command().validate(params(false)).message());
    }

    @Test
    void shouldFailWithFieldRequiredWhenNoDataCenterIsGiven() {
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.of(PROVIDER));

        assertEquals(EngineMessage.VALIDATION_INVENTORY_FIELD_REQUIRED, command().validate(
                new ImportExternalNetworkParameters(PROVIDER_ID, "x", null, true, false)).message());
    }

    @Test
    void shouldFailWithDataCenterDoesntExistWhenDataCenterIsUnknown() {
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.of(PROVIDER));
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.empty());

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_DOESNT_EXIST,
                command().validate(params(false)).message());
    }

    @Test
    void shouldFailWithAlreadyExistsWhenNetworkIsImportedIntoDataCenter() {
        providerAndDataCenterExist();
        when(links.findByExternal(PROVIDER_ID, TENANT.externalId()))
                .thenReturn(List.of(link(EXISTING.id(), PROVIDER_ID, TENANT.externalId(), DC.id())));
        when(inventory.network(EXISTING.id())).thenReturn(Optional.of(EXISTING));

        ValidationResult result = command().validate(params(false));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_NETWORK_ALREADY_EXISTS, result.message());
        verifyNoInteractions(access);
    }

    @Test
    void shouldAskTheProviderOnceAndImportInATransactionWhenExecuted() {
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        when(access.network(any(), any(), anyMap())).thenReturn(Optional.of(TENANT));
        transactionsRunTheWork();
        UUID added = UUID.randomUUID();
        ArgumentCaptor<InternalImportExternalNetworkParameters> handed =
                ArgumentCaptor.forClass(InternalImportExternalNetworkParameters.class);
        when(internalImport.run(handed.capture(), anyMap())).thenReturn(added);

        assertEquals(added, command().execute(params(false)));

        verify(access, times(1)).network(any(), any(), anyMap());
        verify(transactions).inTransaction(any());
        assertEquals(TENANT, handed.getValue().network());
        assertEquals(DC.id(), handed.getValue().dataCenterId());
        assertTrue(handed.getValue().publicUse());
        assertEquals(List.of(), handed.getValue().clusterIds());
    }

    @Test
    void shouldHandEveryClusterOfTheDataCenterWhenAttachingToAll() {
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        when(access.network(any(), any(), anyMap())).thenReturn(Optional.of(TENANT));
        when(inventory.clustersOf(DC.id())).thenReturn(List.of(CLUSTER_A, CLUSTER_B));
        transactionsRunTheWork();
        ArgumentCaptor<InternalImportExternalNetworkParameters> handed =
                ArgumentCaptor.forClass(InternalImportExternalNetworkParameters.class);
        when(internalImport.run(handed.capture(), anyMap())).thenReturn(UUID.randomUUID());

        command().execute(params(true));

        assertEquals(List.of(CLUSTER_A.id(), CLUSTER_B.id()), handed.getValue().clusterIds());
    }

    @Test
    void shouldFailWithExternalNetworkNotFoundAndWriteNothingWhenProviderHasNoSuchNetwork() {
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        when(access.network(any(), any(), anyMap())).thenReturn(Optional.empty());

        CommandFailedException e = assertThrows(CommandFailedException.class, () -> command().execute(params(false)));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_NETWORK_NOT_FOUND, e.engineMessage());
        assertEquals(PROVIDER.name(), e.variables().get("ProviderName"));
        verify(internalImport, never()).run(any(), anyMap());
        verifyNoInteractions(transactions);
    }

    @Test
    void shouldLockTheProviderAndOpenNoTransactionAroundTheProviderCallWhenRun() {
        assertEquals(PROVIDER_ID, command().lockedProvider(params(false)));
        assertFalse(command().transactional());
    }
}
