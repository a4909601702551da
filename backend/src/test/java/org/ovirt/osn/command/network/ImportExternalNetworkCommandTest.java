package org.ovirt.osn.command.network;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.dal.network.ProvidedNetworkDao;
import org.ovirt.osn.dal.network.ProvidedNetworkEntity;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.InventoryConflictException;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.engine.NetworkClusterAttachment;
import org.ovirt.osn.engine.VnicProfile;
import org.ovirt.osn.provider.ProviderNetwork;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.command.network.NetworkFixtures.CLUSTER_A;
import static org.ovirt.osn.command.network.NetworkFixtures.CLUSTER_B;
import static org.ovirt.osn.command.network.NetworkFixtures.DC;
import static org.ovirt.osn.command.network.NetworkFixtures.EXISTING;
import static org.ovirt.osn.command.network.NetworkFixtures.FLAT;
import static org.ovirt.osn.command.network.NetworkFixtures.PROVIDER;
import static org.ovirt.osn.command.network.NetworkFixtures.PROVIDER_ID;
import static org.ovirt.osn.command.network.NetworkFixtures.TENANT;
import static org.ovirt.osn.command.network.NetworkFixtures.VLAN;
import static org.ovirt.osn.command.network.NetworkFixtures.link;

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

    private ImportExternalNetworkCommand command() {
        return new ImportExternalNetworkCommand(repository, access, inventory, links);
    }

    private static ImportExternalNetworkParameters params(ProviderNetwork network, boolean attachToAll) {
        return new ImportExternalNetworkParameters(PROVIDER_ID, network.externalId(), DC.id(), true, attachToAll);
    }

    private void providerAndDataCenterExist() {
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.of(PROVIDER));
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
    }

    private void providerHas(ProviderNetwork network) {
        when(access.network(any(), any(), anyMap())).thenReturn(Optional.ofNullable(network));
    }

    @Test
    void shouldPassValidationWhenNetworkIsNewInDataCenter() {
        providerAndDataCenterExist();
        providerHas(TENANT);
        when(links.findByExternal(PROVIDER_ID, TENANT.externalId())).thenReturn(List.of());
        when(inventory.networkByName(DC.id(), "blue")).thenReturn(Optional.empty());

        assertTrue(command().validate(params(TENANT, false)).isValid());
    }

    @Test
    void shouldFailWithProviderDoesntExistWhenProviderIsUnknown() {
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.empty());

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_DOESNT_EXIST,
                command().validate(params(TENANT, false)).message());
    }

    @Test
    void shouldFailWithDataCenterDoesntExistWhenDataCenterIsUnknown() {
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.of(PROVIDER));
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.empty());

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_DOESNT_EXIST,
                command().validate(params(TENANT, false)).message());
    }

    @Test
    void shouldFailWithExternalNetworkNotFoundWhenProviderHasNoSuchNetwork() {
        providerAndDataCenterExist();
        providerHas(null);

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_NETWORK_NOT_FOUND,
                command().validate(params(TENANT, false)).message());
    }

    @Test
    void shouldFailWithAlreadyExistsWhenNetworkIsImportedIntoDataCenter() {
        providerAndDataCenterExist();
        providerHas(TENANT);
        when(links.findByExternal(PROVIDER_ID, TENANT.externalId()))
                .thenReturn(List.of(link(EXISTING.id(), PROVIDER_ID, TENANT.externalId(), DC.id())));
        when(inventory.network(EXISTING.id())).thenReturn(Optional.of(EXISTING));

        ValidationResult result = command().validate(params(TENANT, false));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_NETWORK_ALREADY_EXISTS, result.message());
        assertEquals("Default", result.variables().get("DataCenterName"));
    }

    @Test
    void shouldPassValidationWhenTheNetworkImportedEarlierWasRemovedFromTheEngine() {
        providerAndDataCenterExist();
        providerHas(TENANT);
        UUID removed = UUID.randomUUID();
        when(links.findByExternal(PROVIDER_ID, TENANT.externalId()))
                .thenReturn(List.of(link(removed, PROVIDER_ID, TENANT.externalId(), DC.id())));
        when(inventory.network(removed)).thenReturn(Optional.empty());
        when(inventory.networkByName(DC.id(), "blue")).thenReturn(Optional.empty());

        assertTrue(command().validate(params(TENANT, false)).isValid());
    }

    @Test
    void shouldRemoveTheStaleLinkWhenReimportingANetworkTheEngineRemoved() {
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        providerHas(TENANT);
        when(inventory.addNetwork(any())).thenAnswer(i -> stored(i.getArgument(0)));
        UUID removed = UUID.randomUUID();
        when(links.findByExternal(PROVIDER_ID, TENANT.externalId()))
                .thenReturn(List.of(link(removed, PROVIDER_ID, TENANT.externalId(), DC.id())));
        when(inventory.network(removed)).thenReturn(Optional.empty());

        command().execute(params(TENANT, false));

        verify(links).removeByNetwork(removed);
        verify(links).save(any());
    }

    @Test
    void shouldPassValidationWhenNetworkIsImportedIntoAnotherDataCenterOnly() {
        providerAndDataCenterExist();
        providerHas(TENANT);
        when(links.findByExternal(PROVIDER_ID, TENANT.externalId()))
                .thenReturn(List.of(link(UUID.randomUUID(), PROVIDER_ID, TENANT.externalId(), UUID.randomUUID())));
        when(inventory.networkByName(DC.id(), "blue")).thenReturn(Optional.empty());

        assertTrue(command().validate(params(TENANT, false)).isValid());
    }

    @Test
    void shouldFailWithNameInUseWhenDataCenterHasNetworkOfThatName() {
        providerAndDataCenterExist();
        providerHas(TENANT);
        when(links.findByExternal(PROVIDER_ID, TENANT.externalId())).thenReturn(List.of());
        when(inventory.networkByName(DC.id(), "blue")).thenReturn(Optional.of(EXISTING));

        ValidationResult result = command().validate(params(TENANT, false));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_NETWORK_NAME_IN_USE_IN_DATA_CENTER, result.message());
        assertEquals("blue", result.variables().get("NetworkName"));
    }

    @Test
    void shouldFailWithMtuOutOfRangeWhenProviderMtuIsTooSmall() {
        providerAndDataCenterExist();
        providerHas(new ProviderNetwork("ext-small", "small", 40, "geneve", null, null, true, false, "ACTIVE",
                List.of(), "p"));
        when(links.findByExternal(PROVIDER_ID, "ext-small")).thenReturn(List.of());

        assertEquals(EngineMessage.VALIDATION_NETWORK_MTU_OUT_OF_RANGE, command().validate(
                new ImportExternalNetworkParameters(PROVIDER_ID, "ext-small", DC.id(), false, false)).message());
    }

    @Test
    void shouldFailWithNameMalformedWhenProviderNameIsBlank() {
        providerAndDataCenterExist();
        providerHas(new ProviderNetwork("ext-noname", "", null, "geneve", null, null, true, false, "ACTIVE",
                List.of(), "p"));
        when(links.findByExternal(PROVIDER_ID, "ext-noname")).thenReturn(List.of());

        assertEquals(EngineMessage.VALIDATION_INVENTORY_FIELD_REQUIRED, command().validate(
                new ImportExternalNetworkParameters(PROVIDER_ID, "ext-noname", DC.id(), false, false)).message());
    }

    /** The standalone inventory stores the id it is given. */
    private LogicalNetwork stored(LogicalNetwork network) {
        return network;
    }

    @Test
    void shouldAddNetworkProfileAndLinkWhenExecutedForTenantNetwork() {
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        providerHas(TENANT);
        ArgumentCaptor<LogicalNetwork> added = ArgumentCaptor.forClass(LogicalNetwork.class);
        when(inventory.addNetwork(added.capture())).thenAnswer(i -> stored(i.getArgument(0)));
        ArgumentCaptor<VnicProfile> profile = ArgumentCaptor.forClass(VnicProfile.class);
        ArgumentCaptor<ProvidedNetworkEntity> saved = ArgumentCaptor.forClass(ProvidedNetworkEntity.class);

        UUID id = command().execute(params(TENANT, false));

        assertEquals("blue", added.getValue().name());
        org.junit.jupiter.api.Assertions.assertNotNull(added.getValue().id(), "the inventory stores the id given");
        assertEquals(1442, added.getValue().mtu());
        assertNull(added.getValue().vlanId());
        assertTrue(added.getValue().vmNetwork());
        verify(inventory).addVnicProfile(profile.capture());
        assertEquals("blue", profile.getValue().name());
        assertEquals(id, profile.getValue().networkId());
        assertTrue(profile.getValue().publicUse());
        verify(links).save(saved.capture());
        assertEquals(id, saved.getValue().getNetworkId());
        assertEquals(TENANT.externalId(), saved.getValue().getExternalId());
        assertEquals(DC.id(), saved.getValue().getDataCenterId());
        assertNull(saved.getValue().getPhysicalNetworkId());
        verify(inventory, never()).attachNetworkToCluster(any());
    }

    @Test
    void shouldTagWithVlanAndLinkPhysicalNetworkWhenProviderNetworkIsVlan() {
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        providerHas(VLAN);
        LogicalNetwork physnet = new LogicalNetwork(UUID.randomUUID(), DC.id(), "physnet1", null, 0, 20, true,
                "physnet1");
        when(inventory.networkByVdsmName(DC.id(), "physnet1")).thenReturn(Optional.of(physnet));
        ArgumentCaptor<LogicalNetwork> added = ArgumentCaptor.forClass(LogicalNetwork.class);
        when(inventory.addNetwork(added.capture())).thenAnswer(i -> stored(i.getArgument(0)));
        ArgumentCaptor<ProvidedNetworkEntity> saved = ArgumentCaptor.forClass(ProvidedNetworkEntity.class);

        command().execute(params(VLAN, false));

        assertEquals(20, added.getValue().vlanId());
        verify(links).save(saved.capture());
        assertEquals(physnet.id(), saved.getValue().getPhysicalNetworkId());
    }

    @Test
    void shouldNotLinkPhysicalNetworkWhenItsVlanDiffers() {
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        providerHas(FLAT);
        LogicalNetwork tagged = new LogicalNetwork(UUID.randomUUID(), DC.id(), "physnet1", null, 0, 5, true,
                "physnet1");
        when(inventory.networkByVdsmName(DC.id(), "physnet1")).thenReturn(Optional.of(tagged));
        ArgumentCaptor<LogicalNetwork> added = ArgumentCaptor.forClass(LogicalNetwork.class);
        when(inventory.addNetwork(added.capture())).thenAnswer(i -> stored(i.getArgument(0)));
        ArgumentCaptor<ProvidedNetworkEntity> saved = ArgumentCaptor.forClass(ProvidedNetworkEntity.class);

        command().execute(params(FLAT, false));

        assertNull(added.getValue().vlanId());
        assertEquals(LogicalNetwork.DEFAULT_MTU, added.getValue().mtu());
        verify(links).save(saved.capture());
        assertNull(saved.getValue().getPhysicalNetworkId());
    }

    @Test
    void shouldAttachNotRequiredToEveryClusterWhenAsked() {
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        providerHas(TENANT);
        when(inventory.addNetwork(any())).thenAnswer(i -> stored(i.getArgument(0)));
        when(inventory.clustersOf(DC.id())).thenReturn(List.of(CLUSTER_A, CLUSTER_B));
        ArgumentCaptor<NetworkClusterAttachment> attached = ArgumentCaptor.forClass(NetworkClusterAttachment.class);

        command().execute(params(TENANT, true));

        verify(inventory, org.mockito.Mockito.times(2)).attachNetworkToCluster(attached.capture());
        assertEquals(List.of(CLUSTER_A.id(), CLUSTER_B.id()),
                attached.getAllValues().stream().map(NetworkClusterAttachment::clusterId).toList());
        assertFalse(attached.getAllValues().get(0).required());
    }

    @Test
    void shouldFailWithAlreadyExistsWhenAConcurrentImportWonTheLinkRace() {
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        providerHas(TENANT);
        when(inventory.addNetwork(any())).thenAnswer(i -> stored(i.getArgument(0)));
        doThrow(new PersistenceException("could not execute statement",
                new SQLException("duplicate key value violates unique constraint "
                        + "\"uq_osn_provided_network_external\"", "23505")))
                .when(links).save(any());

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> command().execute(params(TENANT, false)));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_NETWORK_ALREADY_EXISTS, e.engineMessage());
    }

    @Test
    void shouldFailWithNameInUseWhenAConcurrentWriterTookTheName() {
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        providerHas(TENANT);
        when(inventory.addNetwork(any())).thenThrow(new InventoryConflictException(
                InventoryConflictException.Clash.NETWORK_NAME, new SQLException("duplicate key", "23505")));

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> command().execute(params(TENANT, false)));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_NETWORK_NAME_IN_USE_IN_DATA_CENTER, e.engineMessage());
        verify(links, never()).save(any());
    }

    @Test
    void shouldLockTheProviderWhenRun() {
        assertEquals(PROVIDER_ID, command().lockedProvider(params(TENANT, false)));
        assertTrue(command().transactional());
    }
}
