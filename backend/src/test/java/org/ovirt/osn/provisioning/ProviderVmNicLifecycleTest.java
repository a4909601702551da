package org.ovirt.osn.provisioning;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.dal.port.PortIntentDao;
import org.ovirt.osn.dal.port.PortIntentEntity;
import org.ovirt.osn.dal.port.VnicPortDao;
import org.ovirt.osn.dal.port.VnicPortEntity;
import org.ovirt.osn.dal.port.VnicPortState;
import org.ovirt.osn.engine.ConnectionDetails;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.Host;
import org.ovirt.osn.engine.Vm;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNic;
import org.ovirt.osn.engine.VmStatus;
import org.ovirt.osn.engine.VnicProfile;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxies;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.TypeTraits;
import org.ovirt.osn.provider.ProviderPort;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class ProviderVmNicLifecycleTest {

    private static final NetworkProvider PROVIDER = ProviderPortSyncTest.PROVIDER;
    private static final NetworkProvider OTHER = new NetworkProvider(UUID.randomUUID(), "ovn-b", null,
            NetworkProviderType.EXTERNAL, "http://o:9696", false, null, null, null, null, null, null, null,
            "OVIRT_PROVIDER_OVN", false, false, null);
    private static final Host HOST = new Host(UUID.randomUUID(), "h1", null, "h1.example.org", UUID.randomUUID());
    private static final Vm VM = new Vm(UUID.randomUUID(), "vm1", null, HOST.clusterId(), VmStatus.DOWN, null);
    private static final UUID NETWORK = UUID.randomUUID();
    private static final UUID OTHER_NETWORK = UUID.randomUUID();
    private static final VnicProfile PROFILE = new VnicProfile(UUID.randomUUID(), NETWORK, "p", null, true,
            Map.of(VnicProfile.SECURITY_GROUPS, "sg1, sg2"));
    private static final VnicProfile OTHER_PROFILE = new VnicProfile(UUID.randomUUID(), OTHER_NETWORK, "o", null,
            true, Map.of());
    private static final UUID ATTEMPT = UUID.randomUUID();
    private static final VnicProfile PLAIN_PROFILE = new VnicProfile(UUID.randomUUID(), UUID.randomUUID(), "plain",
            null, true, Map.of());

    @Mock
    private VmInventory vms;
    @Mock
    private EngineInventory inventory;
    @Mock
    private ProvidingNetworks providing;
    @Mock
    private HostBindings hostBindings;
    @Mock
    private NetworkProviderRepository providers;
    @Mock
    private NetworkProviderProxies proxies;
    @Mock
    private ProviderPortSync sync;
    @Mock
    private VnicPortRecords records;
    @Mock
    private PortIntents intents;
    @Mock
    private TransactionCallbacks callbacks;
    @Mock
    private LeftPortAudit leftPorts;
    @Mock
    private NetworkProviderProxy proxy;
    @Mock
    private NetworkProviderProxy otherProxy;

    private ProviderVmNicLifecycle lifecycle() {
        return new ProviderVmNicLifecycle(vms, inventory, providing, hostBindings, providers, proxies, sync, records,
                intents, callbacks, leftPorts);
    }

    private static VmNic nic(String name, VnicProfile profile, boolean plugged) {
        return new VmNic(UUID.randomUUID(), VM.id(), name, "56:6f:00:00:00:0" + name.charAt(3),
                profile == null ? null : profile.id(), plugged, true);
    }

    private static VnicPortEntity row(VmNic nic, UUID provider, String network, String portId) {
        VnicPortEntity row = new VnicPortEntity();
        row.setVnicId(nic.id());
        row.setVmId(nic.vmId());
        row.setProviderId(provider);
        row.setNetworkExternalId(network);
        row.setPortId(portId);
        row.setState(VnicPortState.ACTIVE);
        return row;
    }

    private void givenVmWith(VmNic... nics) {
        when(vms.vm(VM.id())).thenReturn(Optional.of(VM));
        when(inventory.host(HOST.id())).thenReturn(Optional.of(HOST));
        when(vms.nicsOf(VM.id())).thenReturn(List.of(nics));
    }

    private void givenProvider(NetworkProvider provider, NetworkProviderProxy providerProxy) {
        when(providers.findById(provider.id())).thenReturn(Optional.of(provider));
        when(proxies.traitsOf(provider.type())).thenReturn(TypeTraits.of(provider.type()));
        when(proxies.proxyFor(provider)).thenReturn(providerProxy);
        when(hostBindings.bindingFor(HOST, provider)).thenReturn("bind-" + provider.name());
    }

    private static ProviderPort portOf(VmNic nic, List<String> groups) {
        return new ProviderPort("port-" + nic.name(), "net", nic.macAddress(), nic.name(), nic.id().toString(),
                "oVirt", "h", groups, true, true, List.of(), "ACTIVE", "ovs", "p");
    }

    /** The module's port rows in memory, written by the real {@link VnicPortRecords}. */
    private static final class InMemoryVnicPorts implements VnicPortDao {
        private final Map<UUID, VnicPortEntity> rows = new LinkedHashMap<>();
        private int rowsWhenFlushed = -1;

        @Override
        public Optional<VnicPortEntity> findByVnic(UUID vnicId) {
            return Optional.ofNullable(rows.get(vnicId));
        }

        @Override
        public List<VnicPortEntity> findByVnics(Collection<UUID> vnicIds) {
            return vnicIds.stream().map(rows::get).filter(Objects::nonNull).toList();
        }

        @Override
        public List<VnicPortEntity> findByVm(UUID vmId) {
            return rows.values().stream().filter(r -> r.getVmId().equals(vmId)).toList();
        }

        @Override
        public List<VnicPortEntity> findByProvider(UUID providerId) {
            return rows.values().stream().filter(r -> r.getProviderId().equals(providerId)).toList();
        }

        @Override
        public void save(VnicPortEntity port) {
            if (rows.putIfAbsent(port.getVnicId(), port) != null) {
                throw new IllegalStateException("a second row for vNIC " + port.getVnicId());
            }
        }

        @Override
        public void flush() {
            rowsWhenFlushed = rows.size();
        }

        @Override
        public boolean removeByVnic(UUID vnicId) {
            return rows.remove(vnicId) != null;
        }
    }

    /** The module's open intents in memory, read and closed by the real {@link VnicPortRecords}. */
    private static final class InMemoryPortIntents implements PortIntentDao {
        private final List<PortIntentEntity> open = new ArrayList<>();

        /** The open intents as "vNIC name@provider name", in the order they were opened. */
        List<String> openOnes(Map<UUID, String> names) {
            return open.stream().map(i -> names.get(i.getVnicId()) + "@" + names.get(i.getProviderId())).toList();
        }

        @Override
        public void open(List<PortIntentEntity> intents) {
            open.addAll(intents);
        }

        @Override
        public List<PortIntentEntity> findByVnics(Collection<UUID> vnicIds) {
            return open.stream().filter(i -> vnicIds.contains(i.getVnicId())).toList();
        }

        @Override
        public List<PortIntentEntity> findByVm(UUID vmId) {
            return open.stream().filter(i -> i.getVmId().equals(vmId)).toList();
        }

        @Override
        public int closeOnProvider(UUID providerId, Collection<UUID> vnicIds) {
            return closeWhere(i -> i.getProviderId().equals(providerId) && vnicIds.contains(i.getVnicId()));
        }

        @Override
        public int closeAttempt(UUID attemptId) {
            return closeWhere(i -> i.getAttemptId().equals(attemptId));
        }

        @Override
        public int closeOfVnic(UUID vnicId) {
            return closeWhere(i -> i.getVnicId().equals(vnicId));
        }

        @Override
        public int closeOfVm(UUID vmId) {
            return closeWhere(i -> i.getVmId().equals(vmId));
        }

        private int closeWhere(Predicate<PortIntentEntity> closed) {
            int before = open.size();
            open.removeIf(closed);
            return before - open.size();
        }
    }

    /** One round of {@link ProviderPortSync} as a provider saw it. */
    private record SyncRound(NetworkProviderProxy proxy, List<VnicPortRequest> requests, String hostBinding) {
        List<String> nicNames() {
            return requests.stream().map(r -> r.nic().name()).toList();
        }
    }

    /**
     * Every round finds the port of a vNIC with an open intent on its provider (what a crash after the create left)
     * and creates the others, opening their intents first as the real sync does; the rounds are kept by provider name.
     */
    private Map<String, SyncRound> syncCreatingThePortsWithoutIntent(InMemoryPortIntents intentRows) {
        Map<String, SyncRound> rounds = new LinkedHashMap<>();
        when(sync.sync(any(), any(), any(), any(), anyBoolean(), any())).thenAnswer(call -> {
            NetworkProvider provider = call.getArgument(0);
            List<VnicPortRequest> requests = call.getArgument(2);
            rounds.put(provider.name(), new SyncRound(call.getArgument(1), requests, call.getArgument(3)));
            List<VnicPortRequest> toCreate = requests.stream().filter(r -> !r.intentOpen()).toList();
            UUID attempt = toCreate.isEmpty() ? null : UUID.randomUUID();
            intentRows.open(toCreate.stream().map(r -> new PortIntentEntity(attempt, r.nic().id(), r.nic().vmId(),
                    provider.id())).toList());
            return new ProviderPortSync.Outcome(requests.stream().map(r -> new ProvisionedPort(r,
                    portOf(r.nic(), r.securityGroups() == null ? List.of() : r.securityGroups()), !r.intentOpen()))
                    .toList(), attempt);
        });
        return rounds;
    }

    @Test
    void shouldProvisionThePluggedVnicsOnProvidedNetworksPerProviderAndRecordThem() {
        VmNic a = nic("nic1", PROFILE, true);
        VmNic b = nic("nic2", OTHER_PROFILE, true);
        VmNic unplugged = nic("nic3", PROFILE, false);
        VmNic notProvided = nic("nic4", PLAIN_PROFILE, true);
        VmNic empty = nic("nic5", null, true);
        givenVmWith(a, b, unplugged, notProvided, empty);
        // a crash left both with an intent on the other provider: only b's target is there
        InMemoryPortIntents intentRows = new InMemoryPortIntents();
        intentRows.open(List.of(new PortIntentEntity(UUID.randomUUID(), a.id(), VM.id(), OTHER.id()),
                new PortIntentEntity(UUID.randomUUID(), b.id(), VM.id(), OTHER.id())));
        when(inventory.vnicProfile(PROFILE.id())).thenReturn(Optional.of(PROFILE));
        when(inventory.vnicProfile(OTHER_PROFILE.id())).thenReturn(Optional.of(OTHER_PROFILE));
        when(inventory.vnicProfile(PLAIN_PROFILE.id())).thenReturn(Optional.of(PLAIN_PROFILE));
        when(providing.targetOf(NETWORK)).thenReturn(Optional.of(new PortTarget(PROVIDER.id(), "net-a")));
        when(providing.targetOf(OTHER_NETWORK)).thenReturn(Optional.of(new PortTarget(OTHER.id(), "net-b")));
        when(providing.targetOf(PLAIN_PROFILE.networkId())).thenReturn(Optional.empty());
        givenProvider(PROVIDER, proxy);
        givenProvider(OTHER, otherProxy);
        Map<String, SyncRound> rounds = syncCreatingThePortsWithoutIntent(intentRows);
        InMemoryVnicPorts rows = new InMemoryVnicPorts();
        List<PortRelease> released = new ArrayList<>();
        ProviderVmNicLifecycle lifecycle = new ProviderVmNicLifecycle(vms, inventory, providing, hostBindings,
                providers, proxies, sync, new VnicPortRecords(rows, intentRows, released::add), intents, callbacks,
                leftPorts);

        Map<UUID, ConnectionDetails> details = lifecycle.vmStarting(VM.id(), HOST.id());

        // one round per provider, through its own proxy and host binding, with only its plugged vNICs
        assertEquals(List.of("nic1"), rounds.get(PROVIDER.name()).nicNames());
        assertEquals(List.of("nic2"), rounds.get(OTHER.name()).nicNames());
        assertEquals(2, rounds.size(), "no round for the unplugged, unprovided or empty vNICs: " + rounds.keySet());
        assertSame(proxy, rounds.get(PROVIDER.name()).proxy());
        assertSame(otherProxy, rounds.get(OTHER.name()).proxy());
        assertEquals("bind-neutron-a", rounds.get(PROVIDER.name()).hostBinding());
        assertEquals("bind-ovn-b", rounds.get(OTHER.name()).hostBinding());
        VnicPortRequest requestA = rounds.get(PROVIDER.name()).requests().get(0);
        assertEquals(new PortTarget(PROVIDER.id(), "net-a"), requestA.target());
        assertEquals(List.of("sg1", "sg2"), requestA.securityGroups(), "the profile's groups, trimmed");
        assertNull(rounds.get(OTHER.name()).requests().get(0).securityGroups(), "a profile without: the default");
        assertFalse(requestA.intentOpen(), "a's intent is on another provider than its target: nothing to look for");
        assertTrue(rounds.get(OTHER.name()).requests().get(0).intentOpen(), "b's intent is on its target");
        // what the hosts get, per provider type
        ConnectionDetails detailsA = new ConnectionDetails("port-nic1", "OPENSTACK_NETWORK", "OVIRT_PROVIDER_OVN",
                List.of("sg1", "sg2"));
        ConnectionDetails detailsB = new ConnectionDetails("port-nic2", "EXTERNAL_NETWORK", "OVIRT_PROVIDER_OVN",
                List.of());
        assertEquals(Map.of(a.id(), detailsA, b.id(), detailsB), details);
        // what the module remembers: one active row per provisioned vNIC, written out before returning
        assertEquals(List.of(a.id(), b.id()), List.copyOf(rows.rows.keySet()));
        assertEquals(2, rows.rowsWhenFlushed);
        VnicPortEntity rowA = rows.rows.get(a.id());
        VnicPortEntity rowB = rows.rows.get(b.id());
        assertEquals(List.of(VM.id(), PROVIDER.id(), "net-a", "bind-neutron-a", VnicPortState.ACTIVE),
                List.of(rowA.getVmId(), rowA.getProviderId(), rowA.getNetworkExternalId(), rowA.getHostBinding(),
                        rowA.getState()));
        assertEquals(List.of(VM.id(), OTHER.id(), "net-b", "bind-ovn-b", VnicPortState.ACTIVE),
                List.of(rowB.getVmId(), rowB.getProviderId(), rowB.getNetworkExternalId(), rowB.getHostBinding(),
                        rowB.getState()));
        assertEquals(detailsA, VnicPortRecords.detailsOf(rowA), "handed out again on the next start");
        assertEquals(detailsB, VnicPortRecords.detailsOf(rowB));
        assertEquals(List.of(), released);
        // the intents of the recorded ports are closed with their rows, b's found one's and a's new one's alike;
        // a's intent on the provider it has no port on stays open
        assertEquals(List.of("nic1@" + OTHER.name()), intentRows.openOnes(Map.of(a.id(), "nic1", b.id(), "nic2",
                PROVIDER.id(), PROVIDER.name(), OTHER.id(), OTHER.name())));
        // the created ports are deleted again should the caller's transaction roll back
        verify(callbacks).afterRollback(any());
    }

    @Test
    void shouldDeleteThePortsItCreatedWhenTheCallersTransactionRollsBackLater() {
        VmNic a = nic("nic1", PROFILE, true);
        givenOneProvisionedVnic(a, true);
        ArgumentCaptor<Runnable> rollback = ArgumentCaptor.captor();

        lifecycle().vmStarting(VM.id(), HOST.id());
        verify(callbacks).afterRollback(rollback.capture());
        rollback.getValue().run();

        verify(proxy).deletePort("port-nic1");
        verify(intents).closeAttempt(ATTEMPT);
    }

    @Test
    void shouldReportAPortTheRollbackCouldNotDelete() {
        VmNic a = nic("nic1", PROFILE, true);
        givenOneProvisionedVnic(a, true);
        ArgumentCaptor<Runnable> rollback = ArgumentCaptor.captor();
        RuntimeException down = new IllegalStateException("provider down");
        when(proxy.deletePort("port-nic1")).thenThrow(down);

        lifecycle().vmStarting(VM.id(), HOST.id());
        verify(callbacks).afterRollback(rollback.capture());
        rollback.getValue().run();

        verify(leftPorts).report(eq(PROVIDER), any(), eq(down));
        verify(intents, never()).closeAttempt(any());
    }

    @Test
    void shouldRegisterNoRollbackWorkWhenItCreatedNothing() {
        VmNic a = nic("nic1", PROFILE, true);
        givenOneProvisionedVnic(a, false);

        lifecycle().vmStarting(VM.id(), HOST.id());

        verifyNoInteractions(callbacks);
        verify(records, never()).closeIntents(any(), any());
    }

    private void givenOneProvisionedVnic(VmNic a, boolean created) {
        givenVmWith(a);
        when(records.ofVnics(List.of(a.id()))).thenReturn(Map.of());
        when(inventory.vnicProfile(PROFILE.id())).thenReturn(Optional.of(PROFILE));
        PortTarget target = new PortTarget(PROVIDER.id(), "net-a");
        when(providing.targetOf(NETWORK)).thenReturn(Optional.of(target));
        givenProvider(PROVIDER, proxy);
        VnicPortRequest request = new VnicPortRequest(a, target, List.of("sg1", "sg2"), null, false);
        when(sync.sync(PROVIDER, proxy, List.of(request), "bind-neutron-a", false, "vm1")).thenReturn(
                new ProviderPortSync.Outcome(List.of(new ProvisionedPort(request, portOf(a, List.of()), created)),
                        created ? ATTEMPT : null));
    }

    @Test
    void shouldDeleteWhatAnEarlierProviderCreatedWhenALaterProviderFails() {
        VmNic a = nic("nic1", PROFILE, true);
        VmNic b = nic("nic2", OTHER_PROFILE, true);
        givenVmWith(a, b);
        when(records.ofVnics(List.of(a.id(), b.id()))).thenReturn(Map.of());
        when(inventory.vnicProfile(PROFILE.id())).thenReturn(Optional.of(PROFILE));
        when(inventory.vnicProfile(OTHER_PROFILE.id())).thenReturn(Optional.of(OTHER_PROFILE));
        PortTarget target = new PortTarget(PROVIDER.id(), "net-a");
        when(providing.targetOf(NETWORK)).thenReturn(Optional.of(target));
        when(providing.targetOf(OTHER_NETWORK)).thenReturn(Optional.of(new PortTarget(OTHER.id(), "net-b")));
        givenProvider(PROVIDER, proxy);
        givenProvider(OTHER, otherProxy);
        VnicPortRequest requestA = new VnicPortRequest(a, target, List.of("sg1", "sg2"), null, false);
        when(sync.sync(PROVIDER, proxy, List.of(requestA), "bind-neutron-a", false, "vm1")).thenReturn(
                new ProviderPortSync.Outcome(List.of(new ProvisionedPort(requestA, portOf(a, List.of()), true)),
                        ATTEMPT));
        CommandFailedException refused = new CommandFailedException(
                EngineMessage.ACTION_TYPE_FAILED_VNIC_PORT_PROVISIONING, Map.of(), null);
        when(sync.sync(eq(OTHER), eq(otherProxy), any(), eq("bind-ovn-b"), eq(false), eq("vm1"))).thenThrow(refused);

        assertSame(refused, assertThrows(CommandFailedException.class,
                () -> lifecycle().vmStarting(VM.id(), HOST.id())));

        verify(proxy).deletePort("port-nic1");
        verifyNoInteractions(callbacks);
    }

    @Test
    void shouldDeleteTheCreatedPortsWhenRecordingThemFails() {
        VmNic a = nic("nic1", PROFILE, true);
        givenOneProvisionedVnic(a, true);
        org.mockito.Mockito.doThrow(new jakarta.persistence.PersistenceException("duplicate key")).when(records)
                .recordActive(any(), any(), any(), any(), any(), any(), any());

        assertThrows(jakarta.persistence.PersistenceException.class,
                () -> lifecycle().vmStarting(VM.id(), HOST.id()));

        verify(proxy).deletePort("port-nic1");
    }

    @Test
    void shouldReleaseTheOldPortWhenTheVnicsNetworkIsNowProvidedElsewhere() {
        VmNic a = nic("nic1", PROFILE, true);
        givenVmWith(a);
        VnicPortEntity old = row(a, OTHER.id(), "net-old", "old-port");
        when(records.ofVnics(List.of(a.id()))).thenReturn(Map.of(a.id(), old));
        when(inventory.vnicProfile(PROFILE.id())).thenReturn(Optional.of(PROFILE));
        PortTarget target = new PortTarget(PROVIDER.id(), "net-a");
        when(providing.targetOf(NETWORK)).thenReturn(Optional.of(target));
        givenProvider(PROVIDER, proxy);
        VnicPortRequest request = new VnicPortRequest(a, target, List.of("sg1", "sg2"), null, false);
        when(sync.sync(PROVIDER, proxy, List.of(request), "bind-neutron-a", false, "vm1")).thenReturn(
                new ProviderPortSync.Outcome(List.of(new ProvisionedPort(request, portOf(a, List.of()), true)),
                        ATTEMPT));

        lifecycle().vmStarting(VM.id(), HOST.id());

        verify(records).release(old, "nic1", "vm1");
        verify(records).recordActive(eq(VM.id()), eq(a.id()), eq(PROVIDER.id()), eq("net-a"), any(), any(),
                eq(null));
    }

    @Test
    void shouldRebindIgnoringSecurityGroupsWhenTheVmMigrated() {
        VmNic a = nic("nic1", PROFILE, true);
        givenVmWith(a);
        VnicPortEntity existing = row(a, PROVIDER.id(), "net-a", "port-nic1");
        when(records.ofVnics(List.of(a.id()))).thenReturn(Map.of(a.id(), existing));
        when(inventory.vnicProfile(PROFILE.id())).thenReturn(Optional.of(PROFILE));
        PortTarget target = new PortTarget(PROVIDER.id(), "net-a");
        when(providing.targetOf(NETWORK)).thenReturn(Optional.of(target));
        givenProvider(PROVIDER, proxy);
        VnicPortRequest request = new VnicPortRequest(a, target, List.of("sg1", "sg2"), "port-nic1", false);
        when(sync.sync(PROVIDER, proxy, List.of(request), "bind-neutron-a", true, "vm1")).thenReturn(
                new ProviderPortSync.Outcome(List.of(new ProvisionedPort(request, portOf(a, List.of()), false)), null));

        lifecycle().vmMigrated(VM.id(), HOST.id());

        verify(records).recordActive(eq(VM.id()), eq(a.id()), eq(PROVIDER.id()), eq("net-a"), eq("bind-neutron-a"),
                any(), eq(existing));
    }

    @Test
    void shouldProvisionOnlyTheVnicBeingPlugged() {
        VmNic a = nic("nic1", PROFILE, false);
        when(vms.nic(a.id())).thenReturn(Optional.of(a));
        when(vms.vm(VM.id())).thenReturn(Optional.of(VM));
        when(inventory.host(HOST.id())).thenReturn(Optional.of(HOST));
        when(records.ofVnics(List.of(a.id()))).thenReturn(Map.of());
        when(inventory.vnicProfile(PROFILE.id())).thenReturn(Optional.of(PROFILE));
        PortTarget target = new PortTarget(PROVIDER.id(), "net-a");
        when(providing.targetOf(NETWORK)).thenReturn(Optional.of(target));
        givenProvider(PROVIDER, proxy);
        VnicPortRequest request = new VnicPortRequest(a, target, List.of("sg1", "sg2"), null, false);
        when(sync.sync(PROVIDER, proxy, List.of(request), "bind-neutron-a", false, "vm1")).thenReturn(
                new ProviderPortSync.Outcome(List.of(new ProvisionedPort(request, portOf(a, List.of()), true)),
                        ATTEMPT));

        Optional<ConnectionDetails> details = lifecycle().vnicPlugging(a.id(), HOST.id());

        assertEquals("port-nic1", details.orElseThrow().portId());
    }

    @Test
    void shouldReleaseTheNewVnicsPortWhenItsPlugFails() {
        VmNic a = nic("nic1", PROFILE, true);
        VnicPortEntity row = row(a, PROVIDER.id(), "net-a", "p1");
        when(records.ofVnic(a.id())).thenReturn(Optional.of(row));
        when(vms.nic(a.id())).thenReturn(Optional.of(a));
        when(vms.vm(VM.id())).thenReturn(Optional.of(VM));

        lifecycle().vnicPlugFailed(a.id(), true);

        verify(records).release(row, "nic1", "vm1");
        verify(records).releaseIntentsOfVnic(a.id(), "nic1", "vm1");
    }

    @Test
    void shouldKeepAnExistingVnicsPortAsUnpluggedWhenItsPlugFails() {
        VmNic a = nic("nic1", PROFILE, true);
        VnicPortEntity row = row(a, PROVIDER.id(), "net-a", "p1");
        when(records.ofVnic(a.id())).thenReturn(Optional.of(row));

        lifecycle().vnicPlugFailed(a.id(), false);

        verify(records).markState(row, VnicPortState.UNPLUGGED);
        verify(records, never()).release(any(), any(), any());
        verify(records, never()).releaseIntentsOfVnic(any(), any(), any());
    }

    @Test
    void shouldRecordTheUnplugAndKeepThePort() {
        VmNic a = nic("nic1", PROFILE, true);
        VnicPortEntity row = row(a, PROVIDER.id(), "net-a", "p1");
        when(records.ofVnic(a.id())).thenReturn(Optional.of(row));

        lifecycle().vnicUnplugged(a.id());

        verify(records).markState(row, VnicPortState.UNPLUGGED);
        verifyNoInteractions(proxies);
    }

    @Test
    void shouldMarkEveryPortDownWhenTheVmStops() {
        VnicPortEntity first = row(nic("nic1", PROFILE, true), PROVIDER.id(), "net-a", "p1");
        VnicPortEntity second = row(nic("nic2", PROFILE, true), PROVIDER.id(), "net-a", "p2");
        when(records.ofVm(VM.id())).thenReturn(List.of(first, second));

        lifecycle().vmStopped(VM.id());

        verify(records).markState(first, VnicPortState.DOWN);
        verify(records).markState(second, VnicPortState.DOWN);
        verifyNoInteractions(proxies);
    }

    @Test
    void shouldReleaseThePortOfARemovedVnic() {
        VmNic a = nic("nic1", PROFILE, true);
        VnicPortEntity row = row(a, PROVIDER.id(), "net-a", "p1");
        when(records.ofVnic(a.id())).thenReturn(Optional.of(row));
        when(vms.nic(a.id())).thenReturn(Optional.of(a));
        when(vms.vm(VM.id())).thenReturn(Optional.of(VM));

        lifecycle().vnicRemoving(a.id());

        verify(records).release(row, "nic1", "vm1");
        verify(records).releaseIntentsOfVnic(a.id(), "nic1", "vm1");
    }

    @Test
    void shouldReleaseOnlyWhatTheIntentsStandForWhenARemovedVnicHadNoPortRecorded() {
        UUID nic = UUID.randomUUID();
        when(records.ofVnic(nic)).thenReturn(Optional.empty());

        lifecycle().vnicRemoving(nic);

        verify(records, never()).release(any(), any(), any());
        verify(records).releaseIntentsOfVnic(nic, null, null);
    }

    @Test
    void shouldReleaseEveryPortOfARemovedVm() {
        VmNic a = nic("nic1", PROFILE, true);
        VmNic b = nic("nic2", PROFILE, true);
        VnicPortEntity first = row(a, PROVIDER.id(), "net-a", "p1");
        VnicPortEntity second = row(b, PROVIDER.id(), "net-a", "p2");
        when(records.ofVm(VM.id())).thenReturn(List.of(first, second));
        when(vms.vm(VM.id())).thenReturn(Optional.of(VM));
        when(vms.nic(a.id())).thenReturn(Optional.of(a));
        when(vms.nic(b.id())).thenReturn(Optional.of(b));

        lifecycle().vmRemoving(VM.id());

        verify(records).release(first, "nic1", "vm1");
        verify(records).release(second, "nic2", "vm1");
        verify(records).releaseIntentsOfVm(eq(VM.id()), any(), eq("vm1"));
    }

    @Test
    void shouldReleaseTheOldPortWhenTheNewProfileIsOnAnotherProviderNetwork() {
        VmNic a = nic("nic1", PROFILE, true);
        VnicPortEntity row = row(a, PROVIDER.id(), "net-a", "p1");
        when(records.ofVnic(a.id())).thenReturn(Optional.of(row));
        when(inventory.vnicProfile(OTHER_PROFILE.id())).thenReturn(Optional.of(OTHER_PROFILE));
        when(providing.targetOf(OTHER_NETWORK)).thenReturn(Optional.of(new PortTarget(OTHER.id(), "net-b")));
        when(vms.nic(a.id())).thenReturn(Optional.of(a));
        when(vms.vm(VM.id())).thenReturn(Optional.of(VM));

        lifecycle().vnicProfileChanging(a.id(), OTHER_PROFILE.id());

        verify(records).release(row, "nic1", "vm1");
    }

    @Test
    void shouldReleaseTheOldPortWhenTheVnicGetsTheEmptyProfile() {
        VmNic a = nic("nic1", PROFILE, true);
        VnicPortEntity row = row(a, PROVIDER.id(), "net-a", "p1");
        when(records.ofVnic(a.id())).thenReturn(Optional.of(row));
        when(vms.nic(a.id())).thenReturn(Optional.of(a));
        when(vms.vm(VM.id())).thenReturn(Optional.of(VM));

        lifecycle().vnicProfileChanging(a.id(), null);

        verify(records).release(row, "nic1", "vm1");
    }

    @Test
    void shouldKeepThePortWhenTheNewProfileIsOnTheSameProviderNetwork() {
        VmNic a = nic("nic1", PROFILE, true);
        VnicPortEntity row = row(a, PROVIDER.id(), "net-a", "p1");
        VnicProfile sameNetwork = new VnicProfile(UUID.randomUUID(), NETWORK, "same", null, true, Map.of());
        when(records.ofVnic(a.id())).thenReturn(Optional.of(row));
        when(inventory.vnicProfile(sameNetwork.id())).thenReturn(Optional.of(sameNetwork));
        when(providing.targetOf(NETWORK)).thenReturn(Optional.of(new PortTarget(PROVIDER.id(), "net-a")));

        lifecycle().vnicProfileChanging(a.id(), sameNetwork.id());

        verify(records, never()).release(any(), any(), any());
    }

    @Test
    void shouldHandOutOnlyProviderAndPluginTypeForAnUnmanagedProvider() {
        NetworkProvider unmanaged = new NetworkProvider(UUID.randomUUID(), "u", null, NetworkProviderType.UNMANAGED,
                "http://u", false, null, null, null, null, null, null, null, "CUSTOM", false, false, null);
        VmNic a = nic("nic1", PROFILE, true);
        givenVmWith(a);
        when(records.ofVnics(List.of(a.id()))).thenReturn(Map.of());
        when(inventory.vnicProfile(PROFILE.id())).thenReturn(Optional.of(PROFILE));
        when(providing.targetOf(NETWORK)).thenReturn(Optional.of(new PortTarget(unmanaged.id(), "net-u")));
        when(providers.findById(unmanaged.id())).thenReturn(Optional.of(unmanaged));
        when(proxies.traitsOf(NetworkProviderType.UNMANAGED)).thenReturn(TypeTraits.of(NetworkProviderType.UNMANAGED));

        Map<UUID, ConnectionDetails> details = lifecycle().vmStarting(VM.id(), HOST.id());

        assertEquals(Map.of("provider_type", "unmanaged", "plugin_type", "CUSTOM"),
                details.get(a.id()).asProperties());
        verify(proxies, never()).proxyFor(any());
        verifyNoInteractions(sync);
        verify(records, never()).recordActive(any(), any(), any(), any(), any(), any(), any());
    }

    @Test
    void shouldFailNamingTheProviderWhenItIsGone() {
        VmNic a = nic("nic1", PROFILE, true);
        givenVmWith(a);
        when(records.ofVnics(List.of(a.id()))).thenReturn(Map.of());
        when(inventory.vnicProfile(PROFILE.id())).thenReturn(Optional.of(PROFILE));
        when(providing.targetOf(NETWORK)).thenReturn(Optional.of(new PortTarget(PROVIDER.id(), "net-a")));
        when(providers.findById(PROVIDER.id())).thenReturn(Optional.empty());

        CommandFailedException failure = assertThrows(CommandFailedException.class,
                () -> lifecycle().vmStarting(VM.id(), HOST.id()));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_DOESNT_EXIST, failure.engineMessage());
        verify(sync, never()).sync(any(), any(), any(), any(), anyBoolean(), any());
    }
}
