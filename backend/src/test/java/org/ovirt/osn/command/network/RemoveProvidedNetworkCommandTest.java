package org.ovirt.osn.command.network;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.Transactions;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.dal.network.ProvidedNetworkDao;
import org.ovirt.osn.dal.network.ProvidedNetworkEntity;
import org.ovirt.osn.engine.DataCenter;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.Vm;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNic;
import org.ovirt.osn.engine.VmStatus;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;

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
import static org.mockito.Mockito.inOrder;
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
class RemoveProvidedNetworkCommandTest {

    private static final RemoveProvidedNetworkParameters PARAMS = new RemoveProvidedNetworkParameters(EXISTING.id());
    private static final ProvidedNetworkEntity LINK = link(EXISTING.id(), PROVIDER_ID, "ext-red", DC.id());

    @Mock
    private NetworkProviderRepository repository;
    @Mock
    private ProviderNetworkAccess access;
    @Mock
    private EngineInventory inventory;
    @Mock
    private VmInventory vms;
    @Mock
    private ProvidedNetworkDao links;
    @Mock
    private Transactions transactions;
    @Mock
    private NetworkProviderProxy proxy;

    private RemoveProvidedNetworkCommand command() {
        return new RemoveProvidedNetworkCommand(repository, access, inventory, vms, links, transactions);
    }

    private void networkUnusedAndLinked() {
        when(inventory.network(EXISTING.id())).thenReturn(Optional.of(EXISTING));
        when(vms.nicsOnNetwork(EXISTING.id())).thenReturn(List.of());
        when(links.findByNetwork(EXISTING.id())).thenReturn(List.of(LINK));
    }

    @Test
    void shouldPassValidationWhenTheProviderNetworkIsOnlyInThisDataCenter() {
        networkUnusedAndLinked();
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.of(PROVIDER));
        when(links.findByExternal(PROVIDER_ID, "ext-red")).thenReturn(List.of(LINK));

        assertTrue(command().validate(PARAMS).isValid());
    }

    @Test
    void shouldFailWithUsedByVmNicsWhenVnicsUseTheNetwork() {
        when(inventory.network(EXISTING.id())).thenReturn(Optional.of(EXISTING));
        UUID vm = UUID.randomUUID();
        when(vms.nicsOnNetwork(EXISTING.id())).thenReturn(List.of(
                new VmNic(UUID.randomUUID(), vm, "nic1", "56:6f:00:00:00:01", UUID.randomUUID(), true, true)));
        when(vms.vm(vm)).thenReturn(Optional.of(new Vm(vm, "web", null, UUID.randomUUID(), VmStatus.DOWN, null)));

        ValidationResult result = command().validate(PARAMS);

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_USED_BY_VM_NICS, result.message());
        assertEquals("web", result.variables().get("VmNames"));
    }

    @Test
    void shouldFailWithProviderIsReadOnlyWhenAProviderIsReadOnly() {
        networkUnusedAndLinked();
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.of(NetworkFixtures.provider(true)));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_PROVIDER_IS_READ_ONLY,
                command().validate(PARAMS).message());
    }

    @Test
    void shouldFailWithUsedInOtherDataCentersWhenAnotherDataCenterImportedTheProviderNetwork() {
        networkUnusedAndLinked();
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.of(PROVIDER));
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
        DataCenter other = new DataCenter(UUID.randomUUID(), "Other", null);
        UUID otherNetwork = UUID.randomUUID();
        when(links.findByExternal(PROVIDER_ID, "ext-red"))
                .thenReturn(List.of(LINK, link(otherNetwork, PROVIDER_ID, "ext-red", other.id())));
        when(inventory.network(otherNetwork)).thenReturn(Optional.of(EXISTING.withId(otherNetwork)));
        when(inventory.dataCenter(other.id())).thenReturn(Optional.of(other));

        ValidationResult result = command().validate(PARAMS);

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_EXTERNAL_NETWORK_USED_IN_OTHER_DATA_CENTERS, result.message());
        assertEquals("Other", result.variables().get("DataCenterNames"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void shouldRemoveOnTheProviderFirstThenTheNetworkAndItsLinksWhenExecuted() {
        when(links.findByNetwork(EXISTING.id())).thenReturn(List.of(LINK));
        when(inventory.network(EXISTING.id())).thenReturn(Optional.of(EXISTING));
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
        when(access.proxy(any(), anyMap())).thenReturn(proxy);
        when(proxy.removeNetwork("ext-red")).thenReturn(false);
        when(transactions.inTransaction(any())).thenAnswer(i -> ((Supplier<Object>) i.getArgument(0)).get());

        command().execute(PARAMS);

        InOrder order = inOrder(proxy, links, inventory);
        order.verify(proxy).removeNetwork("ext-red");
        order.verify(links).removeByNetwork(EXISTING.id());
        order.verify(inventory).removeNetwork(EXISTING.id());
    }

    @Test
    void shouldChangeNothingInTheEngineWhenTheProviderRefuses() {
        when(links.findByNetwork(EXISTING.id())).thenReturn(List.of(LINK));
        when(inventory.network(EXISTING.id())).thenReturn(Optional.of(EXISTING));
        when(repository.displayName(PROVIDER_ID)).thenReturn(PROVIDER.name());
        when(access.proxy(any(), anyMap())).thenReturn(proxy);
        when(proxy.removeNetwork("ext-red")).thenThrow(new ProviderException(ProviderErrorCode.CONFLICT,
                "Network in use", 409, "DELETE /v2.0/networks/ext-red", "NetworkInUse", null, null));

        assertThrows(ProviderException.class, () -> command().execute(PARAMS));

        verifyNoInteractions(transactions);
        verify(inventory, never()).removeNetwork(any());
    }

    @Test
    void shouldLockTheNetworksFirstProviderAndHoldNoTransactionAroundTheProvider() {
        when(links.findByNetwork(EXISTING.id())).thenReturn(List.of(LINK));

        assertEquals(PROVIDER_ID, command().lockedProvider(PARAMS));
        assertFalse(command().transactional());
    }
}
