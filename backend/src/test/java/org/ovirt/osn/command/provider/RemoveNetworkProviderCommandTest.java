package org.ovirt.osn.command.provider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.FailureKind;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.dal.network.ProvidedNetworkDao;
import org.ovirt.osn.dal.network.ProvidedNetworkEntity;
import org.ovirt.osn.engine.Cluster;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNic;
import org.ovirt.osn.provider.health.ProviderCallMeter;
import org.ovirt.osn.provider.health.ProviderHealthRegistry;
import org.ovirt.osn.provisioning.TransactionCallbacks;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.command.provider.ProviderBuilder.neutron;

@ExtendWith(MockitoExtension.class)
class RemoveNetworkProviderCommandTest {

    private static final UUID ID = UUID.fromString("9d1c7a4b-2f1e-4b43-a0c5-6e2d8f3a1b77");

    @Mock
    private NetworkProviderRepository repository;
    @Mock
    private EngineInventory inventory;
    @Mock
    private VmInventory vms;
    @Mock
    private ProvidedNetworkDao links;
    @Mock
    private TransactionCallbacks transaction;
    private final ProviderHealthRegistry health = new ProviderHealthRegistry(Clock.systemUTC(), Duration.ofSeconds(60),
            change -> { });

    private RemoveNetworkProviderCommand command() {
        return new RemoveNetworkProviderCommand(repository, inventory, vms, links, health, transaction);
    }

    private static ProvidedNetworkEntity link(UUID network) {
        return new ProvidedNetworkEntity(UUID.randomUUID(), network, ID, "ext-" + network, UUID.randomUUID(), null,
                OffsetDateTime.now(ZoneOffset.UTC));
    }

    private static VmNic nic(UUID vm) {
        return new VmNic(UUID.randomUUID(), vm, "nic1", "56:6f:00:00:00:01", UUID.randomUUID(), true, true);
    }

    @Test
    void shouldFailWithNetworksUsedNamingVnicAndVmCountsWhenVnicsUseItsNetworks() {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.of(neutron().id(ID).password(null).build()));
        when(repository.displayName(ID)).thenReturn("neutron-1");
        UUID blue = UUID.randomUUID();
        UUID red = UUID.randomUUID();
        UUID idle = UUID.randomUUID();
        when(links.findByProvider(ID)).thenReturn(List.of(link(blue), link(red), link(idle)));
        UUID vm1 = UUID.randomUUID();
        UUID vm2 = UUID.randomUUID();
        when(vms.nicsOnNetwork(blue)).thenReturn(List.of(nic(vm1), nic(vm2)));
        when(vms.nicsOnNetwork(red)).thenReturn(List.of(nic(vm1)));
        when(vms.nicsOnNetwork(idle)).thenReturn(List.of());
        when(inventory.network(blue)).thenReturn(Optional.of(
                new LogicalNetwork(blue, UUID.randomUUID(), "blue", null, 0, null, true, "blue")));
        when(inventory.network(red)).thenReturn(Optional.of(
                new LogicalNetwork(red, UUID.randomUUID(), "red", null, 0, null, true, "red")));

        ValidationResult result = command().validate(new NetworkProviderIdParameters(ID));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_NETWORKS_USED, result.message());
        assertEquals("3", result.variables().get("VnicCount"));
        assertEquals("2", result.variables().get("VmCount"));
        assertEquals("blue, red", result.variables().get("NetworkNames"));
        assertEquals(FailureKind.CONFLICT, new CommandFailedException(result).kind());
    }

    @Test
    void shouldFailWithUsedInClusterWhenItIsAClustersDefaultNetworkProvider() {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.of(neutron().id(ID).password(null).build()));
        when(repository.displayName(ID)).thenReturn("neutron-1");
        when(links.findByProvider(ID)).thenReturn(List.of());
        when(inventory.clustersWithDefaultNetworkProvider(ID))
                .thenReturn(List.of(new Cluster(UUID.randomUUID(), "ovs", null, UUID.randomUUID(), ID)));

        ValidationResult result = command().validate(new NetworkProviderIdParameters(ID));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_USED_IN_CLUSTER, result.message());
        assertEquals("ovs", result.variables().get("ClusterNames"));
    }

    @Test
    void shouldRefuseWithNotFoundKindWhenIdUnknown() {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.empty());

        ValidationResult result = command().validate(new NetworkProviderIdParameters(ID));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_DOESNT_EXIST, result.message());
        assertEquals(Map.of("ProviderId", ID.toString()), result.variables());
        assertEquals(FailureKind.NOT_FOUND, new CommandFailedException(result).kind());
    }

    @Test
    void shouldBeValidWhenProviderExistsAndNothingUsesIt() {
        when(repository.findByIdWithoutSecrets(ID)).thenReturn(Optional.of(neutron().id(ID).password(null).build()));
        UUID idle = UUID.randomUUID();
        when(links.findByProvider(ID)).thenReturn(List.of(link(idle)));
        when(vms.nicsOnNetwork(idle)).thenReturn(List.of());
        when(repository.displayName(ID)).thenReturn("neutron-1");
        when(inventory.clustersWithDefaultNetworkProvider(ID)).thenReturn(List.of());

        assertTrue(command().validate(new NetworkProviderIdParameters(ID)).isValid());
    }

    @Test
    void shouldRemoveTheProviderWhenExecuted() {
        command().execute(new NetworkProviderIdParameters(ID));

        verify(repository).remove(ID);
    }

    @Test
    void shouldForgetTheProvidersMeasurementsOnlyOnceTheRemovalIsCommitted() {
        ProviderCallMeter meter = health.meterFor(ID, "neutron-1");
        ArgumentCaptor<Runnable> afterCommit = ArgumentCaptor.forClass(Runnable.class);

        command().execute(new NetworkProviderIdParameters(ID));

        verify(transaction).afterCommit(afterCommit.capture());
        assertSame(meter, health.meter(ID).orElseThrow(), "still measured while the removal may roll back");
        afterCommit.getValue().run();
        assertTrue(health.meter(ID).isEmpty());
    }

    @Test
    void shouldNameProviderInAuditWhenItExists() {
        when(repository.displayName(ID)).thenReturn("neutron-1");

        assertEquals(Map.of("ProviderName", "neutron-1", "Action", "remove"),
                command().auditVariables(new NetworkProviderIdParameters(ID)));
    }

    @Test
    void shouldNameProviderByIdInAuditWhenItIsUnknown() {
        when(repository.displayName(ID)).thenReturn(ID.toString());

        assertEquals(Map.of("ProviderName", ID.toString(), "Action", "remove"),
                command().auditVariables(new NetworkProviderIdParameters(ID)));
    }

    @Test
    void shouldLockTheProviderItChanges() {
        assertEquals(ID, command().lockedProvider(new NetworkProviderIdParameters(ID)));
    }
}
