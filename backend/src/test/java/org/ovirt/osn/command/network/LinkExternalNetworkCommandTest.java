package org.ovirt.osn.command.network;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.dal.network.ProvidedNetworkDao;
import org.ovirt.osn.dal.network.ProvidedNetworkEntity;
import org.ovirt.osn.engine.EngineInventory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.command.network.NetworkFixtures.DC;
import static org.ovirt.osn.command.network.NetworkFixtures.EXISTING;
import static org.ovirt.osn.command.network.NetworkFixtures.PROVIDER;
import static org.ovirt.osn.command.network.NetworkFixtures.PROVIDER_ID;
import static org.ovirt.osn.command.network.NetworkFixtures.TENANT;
import static org.ovirt.osn.command.network.NetworkFixtures.link;

@ExtendWith(MockitoExtension.class)
class LinkExternalNetworkCommandTest {

    private static final LinkExternalNetworkParameters PARAMS =
            new LinkExternalNetworkParameters(PROVIDER_ID, TENANT.externalId(), EXISTING.id());

    @Mock
    private NetworkProviderRepository repository;
    @Mock
    private ProviderNetworkAccess access;
    @Mock
    private EngineInventory inventory;
    @Mock
    private ProvidedNetworkDao links;

    private LinkExternalNetworkCommand command() {
        return new LinkExternalNetworkCommand(repository, access, inventory, links);
    }

    private void providerNetworkAndExternalExist() {
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.of(PROVIDER));
        when(inventory.network(EXISTING.id())).thenReturn(Optional.of(EXISTING));
    }

    @Test
    void shouldPassValidationWhenNetworkIsProvidedByAnotherProviderOnly() {
        providerNetworkAndExternalExist();
        when(links.findByNetwork(EXISTING.id()))
                .thenReturn(List.of(link(EXISTING.id(), UUID.randomUUID(), "other", DC.id())));
        when(links.findByExternal(PROVIDER_ID, TENANT.externalId())).thenReturn(List.of());
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));

        assertTrue(command().validate(PARAMS).isValid());
    }

    @Test
    void shouldFailWithNetworkDoesntExistWhenEngineNetworkIsUnknown() {
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.of(PROVIDER));
        when(inventory.network(EXISTING.id())).thenReturn(Optional.empty());

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_NETWORK_DOESNT_EXIST, command().validate(PARAMS).message());
    }

    @Test
    void shouldFailWithAlreadyProvidedWhenThisProviderProvidesTheNetwork() {
        providerNetworkAndExternalExist();
        when(links.findByNetwork(EXISTING.id()))
                .thenReturn(List.of(link(EXISTING.id(), PROVIDER_ID, "other", DC.id())));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_NETWORK_ALREADY_PROVIDED_BY_PROVIDER,
                command().validate(PARAMS).message());
    }

    @Test
    void shouldFailWithAlreadyExistsWhenProviderNetworkIsImportedIntoTheDataCenter() {
        providerNetworkAndExternalExist();
        when(links.findByNetwork(EXISTING.id())).thenReturn(List.of());
        UUID imported = UUID.randomUUID();
        when(links.findByExternal(PROVIDER_ID, TENANT.externalId()))
                .thenReturn(List.of(link(imported, PROVIDER_ID, TENANT.externalId(), DC.id())));
        when(inventory.network(imported)).thenReturn(Optional.of(EXISTING.withId(imported)));
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_NETWORK_ALREADY_EXISTS,
                command().validate(PARAMS).message());
    }

    @Test
    void shouldNotAskTheProviderWhenValidating() {
        providerNetworkAndExternalExist();
        when(links.findByNetwork(EXISTING.id())).thenReturn(List.of());
        when(links.findByExternal(PROVIDER_ID, TENANT.externalId())).thenReturn(List.of());
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));

        assertTrue(command().validate(PARAMS).isValid());

        verifyNoInteractions(access);
    }

    @Test
    void shouldFailWithExternalNetworkNotFoundWhenProviderHasNoSuchNetworkAtExecution() {
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
        when(inventory.network(EXISTING.id())).thenReturn(Optional.of(EXISTING));
        when(access.network(any(), any(), anyMap())).thenReturn(Optional.empty());

        CommandFailedException e = assertThrows(CommandFailedException.class, () -> command().execute(PARAMS));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_NETWORK_NOT_FOUND, e.engineMessage());
        verify(links, never()).save(any());
    }

    @Test
    void shouldSaveLinkInTheNetworksDataCenterWhenExecuted() {
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
        when(inventory.network(EXISTING.id())).thenReturn(Optional.of(EXISTING));
        when(access.network(any(), any(), anyMap())).thenReturn(Optional.of(TENANT));
        ArgumentCaptor<ProvidedNetworkEntity> saved = ArgumentCaptor.forClass(ProvidedNetworkEntity.class);

        assertEquals(EXISTING.id(), command().execute(PARAMS));

        verify(access, times(1)).network(any(), any(), anyMap());

        verify(links).save(saved.capture());
        assertEquals(EXISTING.id(), saved.getValue().getNetworkId());
        assertEquals(PROVIDER_ID, saved.getValue().getProviderId());
        assertEquals(TENANT.externalId(), saved.getValue().getExternalId());
        assertEquals(DC.id(), saved.getValue().getDataCenterId());
    }
}
