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
import java.util.Map;
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
class InternalImportExternalNetworkCommandTest {

    @Mock
    private EngineInventory inventory;
    @Mock
    private ProvidedNetworkDao links;

    private InternalImportExternalNetworkCommand command() {
        return new InternalImportExternalNetworkCommand(inventory, links);
    }

    private static InternalImportExternalNetworkParameters params(ProviderNetwork network, boolean attachToAll) {
        return new InternalImportExternalNetworkParameters(PROVIDER_ID, network, DC.id(), null, true,
                attachToAll ? List.of(CLUSTER_A.id(), CLUSTER_B.id()) : List.of());
    }

    private void providerAndDataCenterExist() {
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
    }

    private static final Map<String, String> CALLER = Map.of("Action", "import", "ProviderName", "neutron-1");

    @Test
    void shouldPassValidationWhenNetworkIsNewInDataCenter() {
        providerAndDataCenterExist();
        when(links.findByExternal(PROVIDER_ID, TENANT.externalId())).thenReturn(List.of());
        when(inventory.networkByName(DC.id(), "blue")).thenReturn(Optional.empty());

        assertTrue(command().validate(params(TENANT, false)).isValid());
    }

    @Test
    void shouldFailWithDataCenterDoesntExistWhenDataCenterIsUnknown() {
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.empty());

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_DOESNT_EXIST,
                command().validate(params(TENANT, false)).message());
    }

    @Test
    void shouldFailWithAlreadyExistsWhenNetworkIsImportedIntoDataCenter() {
        providerAndDataCenterExist();
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
        UUID removed = UUID.randomUUID();
        when(links.findByExternal(PROVIDER_ID, TENANT.externalId()))
                .thenReturn(List.of(link(removed, PROVIDER_ID, TENANT.externalId(), DC.id())));
        when(inventory.network(removed)).thenReturn(Optional.empty());
        when(inventory.networkByName(DC.id(), "blue")).thenReturn(Optional.empty());

        assertTrue(command().validate(params(TENANT, false)).isValid());
    }

    @Test
    void shouldRemoveTheStaleLinkWhenReimportingANetworkTheEngineRemoved() {
        when(inventory.addNetwork(any())).thenAnswer(i -> stored(i.getArgument(0)));
        UUID removed = UUID.randomUUID();
        when(links.findByExternal(PROVIDER_ID, TENANT.externalId()))
                .thenReturn(List.of(link(removed, PROVIDER_ID, TENANT.externalId(), DC.id())));
        when(inventory.network(removed)).thenReturn(Optional.empty());

        command().execute(params(TENANT, false), CALLER);

        verify(links).removeByNetwork(removed);
        verify(links).save(any());
    }

    @Test
    void shouldPassValidationWhenNetworkIsImportedIntoAnotherDataCenterOnly() {
        providerAndDataCenterExist();
        when(links.findByExternal(PROVIDER_ID, TENANT.externalId()))
                .thenReturn(List.of(link(UUID.randomUUID(), PROVIDER_ID, TENANT.externalId(), UUID.randomUUID())));
        when(inventory.networkByName(DC.id(), "blue")).thenReturn(Optional.empty());

        assertTrue(command().validate(params(TENANT, false)).isValid());
    }

    @Test
    void shouldFailWithNameInUseWhenDataCenterHasNetworkOfThatName() {
        providerAndDataCenterExist();
        when(links.findByExternal(PROVIDER_ID, TENANT.externalId())).thenReturn(List.of());
        when(inventory.networkByName(DC.id(), "blue")).thenReturn(Optional.of(EXISTING));

        ValidationResult result = command().validate(params(TENANT, false));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_NETWORK_NAME_IN_USE_IN_DATA_CENTER, result.message());
        assertEquals("blue", result.variables().get("NetworkName"));
    }

    @Test
    void shouldFailWithMtuOutOfRangeWhenProviderMtuIsTooSmall() {
        providerAndDataCenterExist();
        ProviderNetwork small = new ProviderNetwork("ext-small", "small", 40, "geneve", null, null, true, false,
                "ACTIVE", List.of(), "p");
        when(links.findByExternal(PROVIDER_ID, "ext-small")).thenReturn(List.of());

        assertEquals(EngineMessage.VALIDATION_NETWORK_MTU_OUT_OF_RANGE,
                command().validate(params(small, false)).message());
    }

    @Test
    void shouldFailWithNameMalformedWhenProviderNameIsBlank() {
        providerAndDataCenterExist();
        ProviderNetwork noName = new ProviderNetwork("ext-noname", "", null, "geneve", null, null, true, false,
                "ACTIVE", List.of(), "p");
        when(links.findByExternal(PROVIDER_ID, "ext-noname")).thenReturn(List.of());

        assertEquals(EngineMessage.VALIDATION_INVENTORY_FIELD_REQUIRED,
                command().validate(params(noName, false)).message());
    }

    @Test
    void shouldThrowTheRefusalWithTheCallersVariablesWhenRunAndInvalid() {
        providerAndDataCenterExist();
        when(links.findByExternal(PROVIDER_ID, TENANT.externalId())).thenReturn(List.of());
        when(inventory.networkByName(DC.id(), "blue")).thenReturn(Optional.of(EXISTING));

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> command().run(params(TENANT, false), CALLER));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_NETWORK_NAME_IN_USE_IN_DATA_CENTER, e.engineMessage());
        assertEquals("neutron-1", e.variables().get("ProviderName"));
        verify(inventory, never()).addNetwork(any());
    }

    /** The standalone inventory stores the id it is given. */
    private LogicalNetwork stored(LogicalNetwork network) {
        return network;
    }

    @Test
    void shouldAddNetworkProfileAndLinkWhenExecutedForTenantNetwork() {
        ArgumentCaptor<LogicalNetwork> added = ArgumentCaptor.forClass(LogicalNetwork.class);
        when(inventory.addNetwork(added.capture())).thenAnswer(i -> stored(i.getArgument(0)));
        ArgumentCaptor<VnicProfile> profile = ArgumentCaptor.forClass(VnicProfile.class);
        ArgumentCaptor<ProvidedNetworkEntity> saved = ArgumentCaptor.forClass(ProvidedNetworkEntity.class);

        UUID id = command().execute(params(TENANT, false), CALLER);

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
        LogicalNetwork physnet = new LogicalNetwork(UUID.randomUUID(), DC.id(), "physnet1", null, 0, 20, true,
                "physnet1");
        when(inventory.networkByVdsmName(DC.id(), "physnet1")).thenReturn(Optional.of(physnet));
        ArgumentCaptor<LogicalNetwork> added = ArgumentCaptor.forClass(LogicalNetwork.class);
        when(inventory.addNetwork(added.capture())).thenAnswer(i -> stored(i.getArgument(0)));
        ArgumentCaptor<ProvidedNetworkEntity> saved = ArgumentCaptor.forClass(ProvidedNetworkEntity.class);

        command().execute(params(VLAN, false), CALLER);

        assertEquals(20, added.getValue().vlanId());
        verify(links).save(saved.capture());
        assertEquals(physnet.id(), saved.getValue().getPhysicalNetworkId());
    }

    @Test
    void shouldNotLinkPhysicalNetworkWhenItsVlanDiffers() {
        LogicalNetwork tagged = new LogicalNetwork(UUID.randomUUID(), DC.id(), "physnet1", null, 0, 5, true,
                "physnet1");
        when(inventory.networkByVdsmName(DC.id(), "physnet1")).thenReturn(Optional.of(tagged));
        ArgumentCaptor<LogicalNetwork> added = ArgumentCaptor.forClass(LogicalNetwork.class);
        when(inventory.addNetwork(added.capture())).thenAnswer(i -> stored(i.getArgument(0)));
        ArgumentCaptor<ProvidedNetworkEntity> saved = ArgumentCaptor.forClass(ProvidedNetworkEntity.class);

        command().execute(params(FLAT, false), CALLER);

        assertNull(added.getValue().vlanId());
        assertEquals(LogicalNetwork.DEFAULT_MTU, added.getValue().mtu());
        verify(links).save(saved.capture());
        assertNull(saved.getValue().getPhysicalNetworkId());
    }

    @Test
    void shouldAttachNotRequiredToEveryClusterWhenAsked() {
        when(inventory.addNetwork(any())).thenAnswer(i -> stored(i.getArgument(0)));
        ArgumentCaptor<NetworkClusterAttachment> attached = ArgumentCaptor.forClass(NetworkClusterAttachment.class);

        command().execute(params(TENANT, true), CALLER);

        verify(inventory, org.mockito.Mockito.times(2)).attachNetworkToCluster(attached.capture());
        assertEquals(List.of(CLUSTER_A.id(), CLUSTER_B.id()),
                attached.getAllValues().stream().map(NetworkClusterAttachment::clusterId).toList());
        assertFalse(attached.getAllValues().get(0).required());
    }

    @Test
    void shouldFailWithAlreadyExistsWhenAConcurrentImportWonTheLinkRace() {
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        when(inventory.addNetwork(any())).thenAnswer(i -> stored(i.getArgument(0)));
        doThrow(new PersistenceException("could not execute statement",
                new SQLException("duplicate key value violates unique constraint "
                        + "\"uq_osn_provided_network_external\"", "23505")))
                .when(links).save(any());

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> command().execute(params(TENANT, false), CALLER));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_NETWORK_ALREADY_EXISTS, e.engineMessage());
    }

    @Test
    void shouldFailWithNameInUseWhenAConcurrentWriterTookTheName() {
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        when(inventory.addNetwork(any())).thenThrow(new InventoryConflictException(
                InventoryConflictException.Clash.NETWORK_NAME, new SQLException("duplicate key", "23505")));

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> command().execute(params(TENANT, false), CALLER));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_NETWORK_NAME_IN_USE_IN_DATA_CENTER, e.engineMessage());
        verify(links, never()).save(any());
    }

}
