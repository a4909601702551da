package org.ovirt.osn.command.network;

import org.ovirt.osn.provider.TypeTraits;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.NetworkProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.Transactions;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.dal.network.ProvidedNetworkDao;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.ProviderNetwork;
import org.ovirt.osn.provider.ProviderNetworkSpec;
import org.ovirt.osn.provider.ProviderSubnetSpec;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.command.network.NetworkFixtures.DC;
import static org.ovirt.osn.command.network.NetworkFixtures.EXISTING;
import static org.ovirt.osn.command.network.NetworkFixtures.PROVIDER;
import static org.ovirt.osn.command.network.NetworkFixtures.PROVIDER_ID;
import static org.ovirt.osn.command.network.NetworkFixtures.link;

@ExtendWith(MockitoExtension.class)
class ExportNetworkCommandTest {

    private static final LogicalNetwork PHYSNET = new LogicalNetwork(UUID.randomUUID(), DC.id(), "physnet1", null, 0,
            120, true, "physnet1");
    private static final ProviderNetwork CREATED = new ProviderNetwork("ext-new", "green", 1500, "vlan", "physnet1",
            120, true, false, "ACTIVE", List.of(), "p");
    private static final AddSubnetToProviderParameters SUBNET = new AddSubnetToProviderParameters(null, null, "s",
            "10.20.30.0/24", null, "10.20.30.1", List.of("8.8.8.8"), null, null);

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
    @Mock
    private NetworkProviderProxy proxy;

    private ExportNetworkCommand command() {
        return new ExportNetworkCommand(repository, access, inventory, links, internalImport, transactions);
    }

    private static ExportNetworkParameters params(UUID physical, AddSubnetToProviderParameters subnet) {
        return new ExportNetworkParameters(PROVIDER_ID, DC.id(), "green", "made here", 0, physical, true, subnet);
    }

    private void providerAndDataCenterExist() {
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.of(PROVIDER));
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
    }

    @SuppressWarnings("unchecked")
    private void proxyAndTransactions() {
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        when(access.proxy(any(), anyMap())).thenReturn(proxy);
        when(transactions.inTransaction(any())).thenAnswer(i -> ((Supplier<Object>) i.getArgument(0)).get());
    }

    @Test
    void shouldPassValidationWhenNetworkIsNewAndPhysicalNetworkUsable() {
        givenTraitsOfItsType();
        providerAndDataCenterExist();
        when(inventory.network(PHYSNET.id())).thenReturn(Optional.of(PHYSNET));
        when(links.findByNetwork(PHYSNET.id())).thenReturn(List.of());
        when(inventory.networkByName(DC.id(), "green")).thenReturn(Optional.empty());

        assertTrue(command().validate(params(PHYSNET.id(), SUBNET)).isValid());
        verify(access, never()).proxy(any(), anyMap());
        verify(access, never()).network(any(), any(), anyMap());
    }

    @Test
    void shouldFailWithProviderIsReadOnlyWhenProviderIsReadOnly() {
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.of(NetworkFixtures.provider(true)));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_PROVIDER_IS_READ_ONLY,
                command().validate(params(null, null)).message());
    }

    @Test
    void shouldFailWithProviderDoesntExistWhenProviderIsUnknown() {
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.empty());

        org.ovirt.osn.command.ValidationResult result = command().validate(params(null, null));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_DOESNT_EXIST, result.message());
        assertEquals("create a network on", result.variables().get("Action"));
    }

    @Test
    void shouldFailWithNameInUseWhenDataCenterHasNetworkOfThatName() {
        providerAndDataCenterExist();
        when(inventory.networkByName(DC.id(), "green")).thenReturn(Optional.of(EXISTING));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_NETWORK_NAME_IN_USE_IN_DATA_CENTER,
                command().validate(params(null, null)).message());
    }

    @Test
    void shouldFailWithMustBeVmNetworkWhenAskedForAHostOnlyNetwork() {
        providerAndDataCenterExist();
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_NETWORK_MUST_BE_VM_NETWORK, command().validate(
                new ExportNetworkParameters(PROVIDER_ID, DC.id(), "g", null, 0, null, null, null, false, null))
                .message());
    }

    @Test
    void shouldFailWithVlanFromPhysicalNetworkWhenAVlanIsGiven() {
        providerAndDataCenterExist();
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_NETWORK_VLAN_FROM_PHYSICAL_NETWORK, command().validate(
                new ExportNetworkParameters(PROVIDER_ID, DC.id(), "g", null, 0, null, null, null, true, 12))
                .message());
    }

    @Test
    void shouldFailWithPhysicalNetworkNotInDataCenterWhenItBelongsToAnother() {
        providerAndDataCenterExist();
        LogicalNetwork elsewhere = new LogicalNetwork(UUID.randomUUID(), UUID.randomUUID(), "far", null, 0, null,
                true, "far");
        when(inventory.network(elsewhere.id())).thenReturn(Optional.of(elsewhere));
        when(links.findByNetwork(elsewhere.id())).thenReturn(List.of());

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PHYSICAL_NETWORK_NOT_IN_DATA_CENTER,
                command().validate(params(elsewhere.id(), null)).message());
    }

    @Test
    void shouldFailWithPhysicalNetworkIsExternalWhenItIsAProvidersNetwork() {
        providerAndDataCenterExist();
        when(inventory.network(PHYSNET.id())).thenReturn(Optional.of(PHYSNET));
        when(links.findByNetwork(PHYSNET.id()))
                .thenReturn(List.of(link(PHYSNET.id(), PROVIDER_ID, "ext", DC.id())));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PHYSICAL_NETWORK_IS_EXTERNAL,
                command().validate(params(PHYSNET.id(), null)).message());
    }

    /** What the provider's type is, as the shipped factories declare it. */
    private void givenTraitsOfItsType() {
        when(access.traits(any(NetworkProvider.class)))
                .thenAnswer(i -> TypeTraits.of(i.<NetworkProvider>getArgument(0).type()));
    }

    @Test
    void shouldRefuseTheSubnetBeforeCreatingAnythingWhenTheProviderIsUnmanaged() {
        givenTraitsOfItsType();
        NetworkProvider unmanaged = new NetworkProvider(PROVIDER_ID, "unmanaged-1", null,
                NetworkProviderType.UNMANAGED, "http://127.0.0.1:1", false, null, null, null, null, null, null, null,
                "CUSTOM", false, false, null);
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.of(unmanaged));
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_KEEPS_NO_SUBNETS,
                command().validate(params(null, SUBNET)).message());
        verify(access, never()).proxy(any(), anyMap());
    }

    @Test
    void shouldFailWithCidrInvalidWhenTheSubnetIsWrong() {
        givenTraitsOfItsType();
        providerAndDataCenterExist();

        assertEquals(EngineMessage.VALIDATION_SUBNET_CIDR_INVALID, command().validate(params(null,
                new AddSubnetToProviderParameters(null, null, "s", "10.0.0.0/33", null, null, null, null, null)))
                .message());
    }

    @Test
    void shouldCreateAVlanNetworkOnThePhysicalNetworkThenImportItWhenExecuted() {
        proxyAndTransactions();
        when(inventory.network(PHYSNET.id())).thenReturn(Optional.of(PHYSNET));
        ArgumentCaptor<ProviderNetworkSpec> spec = ArgumentCaptor.forClass(ProviderNetworkSpec.class);
        when(proxy.addNetwork(spec.capture())).thenReturn(CREATED);
        UUID added = UUID.randomUUID();
        ArgumentCaptor<InternalImportExternalNetworkParameters> handed =
                ArgumentCaptor.forClass(InternalImportExternalNetworkParameters.class);
        when(internalImport.run(handed.capture(), anyMap())).thenReturn(added);

        assertEquals(added, command().execute(params(PHYSNET.id(), null)));

        assertEquals("vlan", spec.getValue().networkType());
        assertEquals("physnet1", spec.getValue().physicalNetwork());
        assertEquals(120, spec.getValue().vlanId());
        assertNull(spec.getValue().mtu());
        assertEquals(Boolean.TRUE, spec.getValue().portSecurityEnabled());
        assertEquals(CREATED, handed.getValue().network());
        assertEquals("made here", handed.getValue().description());
        verify(proxy, never()).removeNetwork(any());
    }

    @Test
    void shouldAskForATenantNetworkWithTheMtuWhenNoPhysicalNetworkIsGiven() {
        ExportNetworkParameters tenant = new ExportNetworkParameters(PROVIDER_ID, DC.id(), "green", null, 1400, null,
                null, null);

        ProviderNetworkSpec spec = command().spec(tenant);

        assertNull(spec.networkType());
        assertEquals(1400, spec.mtu());
        assertNull(spec.portSecurityEnabled());
    }

    @Test
    void shouldAskForAFlatNetworkWhenThePhysicalNetworkIsUntagged() {
        LogicalNetwork untagged = new LogicalNetwork(UUID.randomUUID(), DC.id(), "Phys Net", null, 0, null, true,
                "phys_net");
        when(inventory.network(untagged.id())).thenReturn(Optional.of(untagged));

        ProviderNetworkSpec spec = command().spec(params(untagged.id(), null));

        assertEquals("flat", spec.networkType());
        assertEquals("phys_net", spec.physicalNetwork());
    }

    @Test
    void shouldCreateTheSubnetOnTheNewNetworkWhenOneIsGiven() {
        proxyAndTransactions();
        when(proxy.addNetwork(any())).thenReturn(CREATED);
        when(internalImport.run(any(), anyMap())).thenReturn(UUID.randomUUID());
        ArgumentCaptor<ProviderSubnetSpec> subnet = ArgumentCaptor.forClass(ProviderSubnetSpec.class);
        when(proxy.addSubnet(any(), subnet.capture())).thenReturn(null);

        command().execute(params(null, SUBNET));

        verify(proxy).addSubnet(any(), any());
        assertEquals("10.20.30.0/24", subnet.getValue().cidr());
        assertEquals(4, subnet.getValue().ipVersion());
    }

    @Test
    void shouldRemoveTheProviderNetworkAgainWhenTheDatabaseStepFails() {
        proxyAndTransactions();
        when(proxy.addNetwork(any())).thenReturn(CREATED);
        CommandFailedException clash = new CommandFailedException(
                EngineMessage.ACTION_TYPE_FAILED_NETWORK_NAME_IN_USE_IN_DATA_CENTER, java.util.Map.of(), null);
        when(internalImport.run(any(), anyMap())).thenThrow(clash);
        when(proxy.removeNetwork("ext-new")).thenReturn(true);

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> command().execute(params(null, null)));

        assertSame(clash, e);
        verify(proxy).removeNetwork("ext-new");
    }

    @Test
    void shouldRemoveTheProviderNetworkAndWriteNothingWhenTheSubnetFails() {
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        when(access.proxy(any(), anyMap())).thenReturn(proxy);
        when(proxy.addNetwork(any())).thenReturn(CREATED);
        when(proxy.addSubnet(any(), any())).thenThrow(new ProviderException(ProviderErrorCode.BAD_REQUEST,
                "Invalid input", 400, "POST /v2.0/subnets", "BadRequest", null, null));
        when(proxy.removeNetwork("ext-new")).thenReturn(true);

        assertThrows(ProviderException.class, () -> command().execute(params(null, SUBNET)));

        verify(proxy).removeNetwork("ext-new");
        verifyNoInteractions(internalImport, transactions);
    }

    @Test
    void shouldWriteNothingWhenTheProviderRefusesTheNetwork() {
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
        when(inventory.dataCenter(DC.id())).thenReturn(Optional.of(DC));
        when(access.proxy(any(), anyMap())).thenReturn(proxy);
        when(proxy.addNetwork(any())).thenThrow(new ProviderException(ProviderErrorCode.CONFLICT, "in use", 409,
                "POST /v2.0/networks", "SegmentationIdInUse", null, null));

        assertThrows(ProviderException.class, () -> command().execute(params(null, null)));

        verify(proxy, never()).removeNetwork(any());
        verifyNoInteractions(internalImport, transactions);
    }

    @Test
    void shouldNameTheNetworkLeftBehindWhenItCannotBeRemovedAgain() {
        proxyAndTransactions();
        when(proxy.addNetwork(any())).thenReturn(CREATED);
        when(internalImport.run(any(), anyMap())).thenThrow(new IllegalStateException("database down"));
        when(proxy.removeNetwork("ext-new")).thenThrow(new ProviderException(ProviderErrorCode.CONNECTION,
                "Connection refused", "DELETE /v2.0/networks/ext-new", null));

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> command().execute(params(null, null)));

        assertEquals(EngineMessage.PROVIDER_NETWORK_LEFT_BEHIND, e.engineMessage());
        assertEquals("ext-new", e.variables().get("ExternalNetworkId"));
        assertTrue(e.getMessage().contains("database down"), e.getMessage());
    }

    @Test
    void shouldLockTheProviderAndHoldNoTransactionWhenRun() {
        assertEquals(PROVIDER_ID, command().lockedProvider(params(null, null)));
        assertEquals(false, command().transactional());
    }
}
