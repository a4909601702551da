package org.ovirt.osn.provisioning;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.engine.VmNic;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.PortFilter;
import org.ovirt.osn.provider.PortSpec;
import org.ovirt.osn.provider.PortUpdate;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.ProviderPort;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class ProviderPortSyncTest {

    static final NetworkProvider PROVIDER = new NetworkProvider(UUID.randomUUID(), "neutron-a", null,
            NetworkProviderType.NEUTRON, "http://n:9696", false, null, null, null, null, null, null, null,
            "OVIRT_PROVIDER_OVN", false, false, null);
    private static final PortTarget NET = new PortTarget(PROVIDER.id(), "net-1");
    private static final String HOST = "host-a";

    @Mock
    private NetworkProviderProxy proxy;
    @Mock
    private LeftPortAudit leftPorts;
    @Mock
    private PortIntents intents;

    private ProviderPortSync sync() {
        return new ProviderPortSync("oVirt", leftPorts, intents);
    }

    static VmNic nic(String name, String mac) {
        return new VmNic(UUID.randomUUID(), UUID.randomUUID(), name, mac, UUID.randomUUID(), true, true);
    }

    /** A vNIC the module never sent a create for: it has no port. */
    private static VnicPortRequest request(VmNic nic, List<String> groups) {
        return new VnicPortRequest(nic, NET, groups, null, false);
    }

    /** A vNIC whose port the module recorded. */
    private static VnicPortRequest recorded(VmNic nic, List<String> groups, String portId) {
        return new VnicPortRequest(nic, NET, groups, portId, false);
    }

    /** A vNIC with an open intent: a create was sent and its port never recorded. */
    private static VnicPortRequest withIntent(VmNic nic, List<String> groups) {
        return new VnicPortRequest(nic, NET, groups, null, true);
    }

    private UUID givenIntentOpened(VmNic... nics) {
        UUID attempt = UUID.randomUUID();
        when(intents.open(nics[0].vmId(), PROVIDER.id(), Stream.of(nics).map(VmNic::id).toList()))
                .thenReturn(attempt);
        return attempt;
    }

    static ProviderPort port(String id, VmNic nic, String network, String host, List<String> groups, String vif) {
        return new ProviderPort(id, network, nic.macAddress(), nic.name(), nic.id().toString(), "oVirt", host, groups,
                true, true, List.of(), "ACTIVE", vif, "project");
    }

    private void givenExisting(ProviderPort... ports) {
        when(proxy.findPorts(any())).thenReturn(Stream.of(ports));
    }

    @Test
    void shouldLookUpAllVnicsInOneRequestAndCreateTheMissingOnesInOneBulkCall() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        VmNic b = nic("nic2", "56:6f:00:00:00:02");
        givenExisting();
        givenIntentOpened(a, b);
        ArgumentCaptor<List<PortSpec>> specs = ArgumentCaptor.captor();
        ProviderPort portA = port("pa", a, "net-1", HOST, List.of("default"), "ovs");
        ProviderPort portB = port("pb", b, "net-1", HOST, List.of(), "ovs");
        when(proxy.createPorts(specs.capture())).thenReturn(List.of(portA, portB));

        ProviderPortSync.Outcome outcome = sync().sync(PROVIDER, proxy, List.of(withIntent(a, null),
                withIntent(b, List.of())), HOST, false, "vm1");

        ArgumentCaptor<PortFilter> filter = ArgumentCaptor.captor();
        verify(proxy).findPorts(filter.capture());
        assertEquals(List.of(a.id().toString(), b.id().toString()), filter.getValue().deviceIds());
        assertEquals("oVirt", filter.getValue().deviceOwner());
        PortSpec first = specs.getValue().get(0);
        assertEquals("net-1", first.networkId());
        assertEquals("nic1", first.name());
        assertEquals(a.macAddress(), first.macAddress());
        assertEquals(a.id().toString(), first.deviceId());
        assertEquals("oVirt", first.deviceOwner());
        assertEquals(HOST, first.hostBinding());
        assertEquals(null, first.securityGroups());
        assertEquals(List.of(), specs.getValue().get(1).securityGroups());
        assertEquals(List.of(portA, portB), outcome.created());
    }

    @Test
    void shouldCreateTheFirstPortsOfVnicsWithoutALookupOnceTheirIntentIsCommitted() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        VmNic b = nic("nic2", "56:6f:00:00:00:02");
        UUID attempt = givenIntentOpened(a, b);
        ProviderPort portA = port("pa", a, "net-1", HOST, List.of(), "ovs");
        ProviderPort portB = port("pb", b, "net-1", HOST, List.of(), "ovs");
        when(proxy.createPorts(any())).thenReturn(List.of(portA, portB));

        ProviderPortSync.Outcome outcome = sync().sync(PROVIDER, proxy, List.of(request(a, null), request(b, null)),
                HOST, false, "vm1");

        assertEquals(List.of(portA, portB), outcome.created());
        assertEquals(attempt, outcome.attemptId());
        verify(proxy, never()).findPorts(any());
        InOrder order = inOrder(intents, proxy);
        order.verify(intents).open(a.vmId(), PROVIDER.id(), List.of(a.id(), b.id()));
        order.verify(proxy).createPorts(any());
        verify(intents, never()).closeAttempt(any());
    }

    @Test
    void shouldLookUpOnlyTheVnicsThatMayHaveAPortAndOpenIntentsOnlyForTheOnesCreated() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        VmNic b = nic("nic2", "56:6f:00:00:00:02");
        VmNic c = nic("nic3", "56:6f:00:00:00:03");
        ProviderPort existingA = port("pa", a, "net-1", HOST, List.of(), "ovs");
        ProviderPort adoptedB = port("pb", b, "net-1", HOST, List.of(), "ovs");
        givenExisting(existingA, adoptedB);
        givenIntentOpened(c);
        ProviderPort createdC = port("pc", c, "net-1", HOST, List.of(), "ovs");
        when(proxy.createPorts(any())).thenReturn(List.of(createdC));

        ProviderPortSync.Outcome outcome = sync().sync(PROVIDER, proxy, List.of(recorded(a, null, "pa"),
                withIntent(b, null), request(c, null)), HOST, false, "vm1");

        ArgumentCaptor<PortFilter> filter = ArgumentCaptor.captor();
        verify(proxy).findPorts(filter.capture());
        assertEquals(List.of(a.id().toString(), b.id().toString()), filter.getValue().deviceIds());
        assertEquals(List.of(existingA, adoptedB, createdC), outcome.ports().stream().map(ProvisionedPort::port)
                .toList());
        assertEquals(List.of(createdC), outcome.created());
    }

    @Test
    void shouldFindARecordedPortByItsIdWhenTheFilterDoesNotReturnIt() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        VmNic b = nic("nic2", "56:6f:00:00:00:02");
        ProviderPort portA = port("pa", a, "net-1", HOST, List.of(), "ovs");
        ProviderPort portB = port("pb", b, "net-1", HOST, List.of(), "ovs");
        // as ovirt-provider-ovn answers ?device_id=a&device_id=b: the first value only
        givenExisting(portA);
        when(proxy.getPort("pb")).thenReturn(Optional.of(portB));

        ProviderPortSync.Outcome outcome = sync().sync(PROVIDER, proxy, List.of(recorded(a, null, "pa"),
                recorded(b, null, "pb")), HOST, false, "vm1");

        assertEquals(List.of(portA, portB), outcome.ports().stream().map(ProvisionedPort::port).toList());
        assertEquals(List.of(), outcome.created());
        verify(proxy, never()).getPort("pa");
        verify(proxy, never()).createPorts(any());
    }

    @Test
    void shouldPreferTheRecordedPortFoundByIdOverAnotherPortTheFilterFoundForTheVnic() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        ProviderPort stray = port("stray", a, "net-1", HOST, List.of(), "ovs");
        ProviderPort recordedPort = port("pa", a, "net-1", HOST, List.of(), "ovs");
        givenExisting(stray);
        when(proxy.getPort("pa")).thenReturn(Optional.of(recordedPort));

        ProviderPortSync.Outcome outcome = sync().sync(PROVIDER, proxy, List.of(recorded(a, null, "pa")), HOST,
                false, "vm1");

        assertSame(recordedPort, outcome.ports().get(0).port());
    }

    @Test
    void shouldNeverTakeAPortWhoseDeviceIsNotTheVnicNeitherFromTheFilterNorById() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        VmNic b = nic("nic2", "56:6f:00:00:00:02");
        VmNic other = nic("nic9", "56:6f:00:00:00:09");
        // the filter answers for a device that was not asked (b has no record and no intent), and the recorded
        // port id now belongs to another device
        givenExisting(port("pb-stray", b, "net-1", HOST, List.of(), "ovs"));
        when(proxy.getPort("pa")).thenReturn(Optional.of(port("pa", other, "net-1", HOST, List.of(), "ovs")));
        givenIntentOpened(a, b);
        ProviderPort newA = port("new-a", a, "net-1", HOST, List.of(), "ovs");
        ProviderPort newB = port("new-b", b, "net-1", HOST, List.of(), "ovs");
        when(proxy.createPorts(any())).thenReturn(List.of(newA, newB));

        ProviderPortSync.Outcome outcome = sync().sync(PROVIDER, proxy, List.of(recorded(a, null, "pa"),
                request(b, null)), HOST, false, "vm1");

        assertEquals(List.of(newA, newB), outcome.created());
        verify(proxy, never()).updatePort(any(), any());
    }

    @Test
    void shouldFailNamingTheVnicWhenItsRecordedPortCannotBeRead() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        givenExisting();
        when(proxy.getPort("pa")).thenThrow(new ProviderException(ProviderErrorCode.CONNECTION, "refused",
                "GET http://n:9696/v2.0/ports/pa", null));

        CommandFailedException failure = assertThrows(CommandFailedException.class, () -> sync().sync(PROVIDER, proxy,
                List.of(recorded(a, null, "pa")), HOST, false, "vm1"));

        assertEquals("nic1", failure.variables().get("VmNicNames"));
        verify(proxy, never()).createPorts(any());
        verify(intents, never()).open(any(), any(), any());
    }

    @Test
    void shouldWriteNothingWhenTheExistingPortsAreBoundToTheHostWithTheirGroups() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        ProviderPort existing = port("pa", a, "net-1", HOST, List.of("sg1", "sg2"), "ovs");
        givenExisting(existing);

        ProviderPortSync.Outcome outcome = sync().sync(PROVIDER, proxy, List.of(recorded(a, List.of("sg2", "sg1"),
                "pa")), HOST, false, "vm1");

        assertSame(existing, outcome.ports().get(0).port());
        assertFalse(outcome.ports().get(0).created());
        assertEquals(null, outcome.attemptId());
        verify(proxy, never()).createPorts(any());
        verify(proxy, never()).updatePort(any(), any());
        verify(intents, never()).open(any(), any(), any());
    }

    @Test
    void shouldUpdateOnlyTheBindingWhenTheHostChangedAndGroupsAreIgnored() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        givenExisting(port("pa", a, "net-1", "old-host", List.of("sg1"), "ovs"));
        ProviderPort moved = port("pa", a, "net-1", HOST, List.of("sg1"), "ovs");
        when(proxy.updatePort("pa", PortUpdate.none().withHostBinding(HOST))).thenReturn(moved);

        ProviderPortSync.Outcome outcome = sync().sync(PROVIDER, proxy, List.of(recorded(a, List.of("sg9"), "pa")),
                HOST, true, "vm1");

        assertSame(moved, outcome.ports().get(0).port());
    }

    @Test
    void shouldNotFailNorUpdateWhenTheProviderDropsTheBindingOnCreateRerunAndMigration() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        // as ovirt-provider-ovn answers by default: no binding:host_id kept, no binding:vif_type at all
        ProviderPort unbound = port("pa", a, "net-1", null, List.of(), null);
        givenIntentOpened(a);
        when(proxy.createPorts(any())).thenReturn(List.of(unbound));

        ProviderPortSync.Outcome created = sync().sync(PROVIDER, proxy, List.of(request(a, List.of())), HOST, false,
                "vm1");
        givenExisting(unbound);
        ProviderPortSync.Outcome rerun = sync().sync(PROVIDER, proxy, List.of(recorded(a, List.of(), "pa")), HOST,
                false, "vm1");
        givenExisting(unbound);
        ProviderPortSync.Outcome migrated = sync().sync(PROVIDER, proxy, List.of(recorded(a, List.of(), "pa")),
                "host-b", true, "vm1");

        assertEquals(List.of(unbound), created.created());
        assertSame(unbound, rerun.ports().get(0).port());
        assertSame(unbound, migrated.ports().get(0).port());
        verify(proxy, never()).updatePort(any(), any());
        verify(proxy, never()).deletePort(any());
    }

    @Test
    void shouldBindAPortTheProviderHoldsUnbound() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        givenExisting(port("pa", a, "net-1", "", List.of(), ProviderPort.VIF_TYPE_UNBOUND));
        when(proxy.updatePort("pa", PortUpdate.none().withHostBinding(HOST)))
                .thenReturn(port("pa", a, "net-1", HOST, List.of(), "ovs"));

        ProviderPortSync.Outcome outcome = sync().sync(PROVIDER, proxy, List.of(recorded(a, List.of(), "pa")), HOST,
                false, "vm1");

        assertEquals(HOST, outcome.ports().get(0).port().hostBinding());
    }

    @Test
    void shouldUpdateTheGroupsWhenTheProfileAsksForOthers() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        givenExisting(port("pa", a, "net-1", HOST, List.of("sg1"), "ovs"));
        when(proxy.updatePort("pa", PortUpdate.none().withHostBinding(HOST).withSecurityGroups(List.of())))
                .thenReturn(port("pa", a, "net-1", HOST, List.of(), "ovs"));

        sync().sync(PROVIDER, proxy, List.of(recorded(a, List.of(), "pa")), HOST, false, "vm1");

        verify(proxy).updatePort("pa", PortUpdate.none().withHostBinding(HOST).withSecurityGroups(List.of()));
    }

    @Test
    void shouldUnbindFirstWhenTheMacOfABoundPortMustChange() {
        VmNic a = nic("nic1", "56:6f:00:00:00:09");
        ProviderPort stale = new ProviderPort("pa", "net-1", "56:6f:00:00:00:01", "nic1", a.id().toString(), "oVirt",
                HOST, List.of(), true, true, List.of(), "ACTIVE", "ovs", "p");
        givenExisting(stale);
        PortUpdate change = PortUpdate.none().withHostBinding(HOST).withMacAddress(a.macAddress());
        when(proxy.updatePort("pa", PortUpdate.none().withHostBinding(""))).thenReturn(stale);
        when(proxy.updatePort("pa", change)).thenReturn(port("pa", a, "net-1", HOST, List.of(), "ovs"));

        sync().sync(PROVIDER, proxy, List.of(recorded(a, null, "pa")), HOST, false, "vm1");

        InOrder order = inOrder(proxy);
        order.verify(proxy).updatePort("pa", PortUpdate.none().withHostBinding(""));
        order.verify(proxy).updatePort("pa", change);
    }

    @Test
    void shouldCreateANewPortWhenTheVnicsOnlyPortIsOnAnotherNetwork() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        givenExisting(port("old", a, "net-old", HOST, List.of(), "ovs"));
        givenIntentOpened(a);
        ProviderPort created = port("new", a, "net-1", HOST, List.of(), "ovs");
        when(proxy.createPorts(any())).thenReturn(List.of(created));

        ProviderPortSync.Outcome outcome = sync().sync(PROVIDER, proxy, List.of(withIntent(a, null)), HOST, false,
                "vm1");

        assertEquals(List.of(created), outcome.created());
        verify(proxy, never()).deletePort("old");
    }

    @Test
    void shouldDeleteEveryCreatedPortCloseItsIntentAndFailNamingTheVnicWhenOneCannotBeBound() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        VmNic b = nic("nic2", "56:6f:00:00:00:02");
        UUID attempt = givenIntentOpened(a, b);
        when(proxy.createPorts(any())).thenReturn(List.of(port("pa", a, "net-1", "fail-x", List.of(), "binding_failed"),
                port("pb", b, "net-1", "fail-x", List.of(), "binding_failed")));

        CommandFailedException failure = assertThrows(CommandFailedException.class, () -> sync().sync(PROVIDER, proxy,
                List.of(request(a, null), request(b, null)), "fail-x", false, "vm1"));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VNIC_PORT_BINDING_FAILED, failure.engineMessage());
        assertEquals("nic1", failure.variables().get("VmNicName"));
        assertEquals("neutron-a", failure.variables().get("ProviderName"));
        verify(proxy).deletePort("pa");
        verify(proxy).deletePort("pb");
        verify(intents).closeAttempt(attempt);
    }

    @Test
    void shouldNameTheVnicWhoseMacIsTakenWhenTheProviderAnswersMacAddressInUse() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        VmNic b = nic("nic2", "56:6f:00:00:00:02");
        givenIntentOpened(a, b);
        // no port of these vNICs that the module did not know of: someone else's port has the MAC
        givenExisting();
        when(proxy.createPorts(any())).thenThrow(new ProviderException(ProviderErrorCode.CONFLICT,
                "Unable to complete operation for network net-1. The mac address 56:6f:00:00:00:02 is in use.", 409,
                "POST http://n:9696/v2.0/ports", "MacAddressInUse", "req-1", null));

        CommandFailedException failure = assertThrows(CommandFailedException.class, () -> sync().sync(PROVIDER, proxy,
                List.of(request(a, null), request(b, null)), HOST, false, "vm1"));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VNIC_PORT_MAC_IN_USE, failure.engineMessage());
        assertEquals("nic2", failure.variables().get("VmNicName"));
        assertEquals("56:6f:00:00:00:02", failure.variables().get("MacAddress"));
        assertEquals("net-1", failure.variables().get("ExternalNetworkId"));
    }

    @Test
    void shouldAdoptAPortItNeverRecordedWhenTheProviderRefusesTheMacAsTakenAndCreateOnlyTheRest() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        VmNic b = nic("nic2", "56:6f:00:00:00:02");
        UUID attempt = givenIntentOpened(a, b);
        ProviderPort earlier = port("pa", a, "net-1", HOST, List.of(), "ovs");
        ProviderPort createdB = port("pb", b, "net-1", HOST, List.of(), "ovs");
        ArgumentCaptor<List<PortSpec>> specs = ArgumentCaptor.captor();
        when(proxy.createPorts(specs.capture())).thenThrow(new ProviderException(ProviderErrorCode.CONFLICT,
                "The mac address 56:6f:00:00:00:01 is in use.", 409, "POST http://n:9696/v2.0/ports",
                "MacAddressInUse", "req-1", null)).thenReturn(List.of(createdB));
        // a port made for nic1 before the module recorded ports (e.g. by the oVirt engine)
        givenExisting(earlier);

        ProviderPortSync.Outcome outcome = sync().sync(PROVIDER, proxy, List.of(request(a, null), request(b, null)),
                HOST, false, "vm1");

        assertEquals(List.of(earlier, createdB), outcome.ports().stream().map(ProvisionedPort::port).toList());
        assertEquals(List.of(createdB), outcome.created());
        assertEquals(attempt, outcome.attemptId());
        assertEquals(List.of(b.id().toString()), specs.getAllValues().get(1).stream().map(PortSpec::deviceId)
                .toList());
        ArgumentCaptor<PortFilter> filter = ArgumentCaptor.captor();
        verify(proxy).findPorts(filter.capture());
        assertEquals(List.of(a.id().toString(), b.id().toString()), filter.getValue().deviceIds());
    }

    @Test
    void shouldDeleteWhatItCreatedButLeaveTheExistingPortWhenAnUpdateFails() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        VmNic b = nic("nic2", "56:6f:00:00:00:02");
        givenExisting(port("pa", a, "net-1", "old-host", List.of(), "ovs"));
        UUID attempt = givenIntentOpened(b);
        when(proxy.createPorts(any())).thenReturn(List.of(port("pb", b, "net-1", HOST, List.of(), "ovs")));
        when(proxy.updatePort(any(), any())).thenThrow(new ProviderException(ProviderErrorCode.CONNECTION, "refused",
                "PUT http://n:9696/v2.0/ports/pa", null));

        CommandFailedException failure = assertThrows(CommandFailedException.class, () -> sync().sync(PROVIDER, proxy,
                List.of(recorded(a, null, "pa"), request(b, null)), HOST, false, "vm1"));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VNIC_PORT_PROVISIONING, failure.engineMessage());
        assertEquals("nic1", failure.variables().get("VmNicNames"));
        assertTrue(failure.variables().get("Detail").contains("PUT http://n:9696/v2.0/ports/pa"));
        verify(proxy).deletePort("pb");
        verify(proxy, never()).deletePort("pa");
        verify(intents).closeAttempt(attempt);
    }

    @Test
    void shouldFailNamingAllVnicsAndCreateNothingWhenTheLookupFails() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        VmNic b = nic("nic2", "56:6f:00:00:00:02");
        when(proxy.findPorts(any())).thenThrow(new ProviderException(ProviderErrorCode.CONNECTION, "refused",
                "GET http://n:9696/v2.0/ports", null));

        CommandFailedException failure = assertThrows(CommandFailedException.class, () -> sync().sync(PROVIDER, proxy,
                List.of(recorded(a, null, "pa"), withIntent(b, null)), HOST, false, "vm1"));

        assertEquals("nic1, nic2", failure.variables().get("VmNicNames"));
        verify(proxy, never()).createPorts(any());
        verify(intents, never()).open(any(), any(), any());
    }

    @Test
    void shouldLeaveTheIntentOpenWhenTheCreateGotNoAnswer() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        givenIntentOpened(a);
        when(proxy.createPorts(any())).thenThrow(new ProviderException(ProviderErrorCode.TIMEOUT, "read timed out",
                "POST http://n:9696/v2.0/ports", null));

        CommandFailedException failure = assertThrows(CommandFailedException.class, () -> sync().sync(PROVIDER, proxy,
                List.of(request(a, null)), HOST, false, "vm1"));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VNIC_PORT_PROVISIONING, failure.engineMessage());
        verify(intents, never()).closeAttempt(any());
        verify(proxy, never()).deletePort(any());
    }

    @Test
    void shouldReportAPortItCouldNotDeleteAgainKeepItsIntentAndStillFailWithTheFirstCause() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        givenIntentOpened(a);
        ProviderPort created = port("pa", a, "net-1", "fail-x", List.of(), "binding_failed");
        when(proxy.createPorts(any())).thenReturn(List.of(created));
        ProviderException down = new ProviderException(ProviderErrorCode.CONNECTION, "refused",
                "DELETE http://n:9696/v2.0/ports/pa", null);
        when(proxy.deletePort("pa")).thenThrow(down);

        CommandFailedException failure = assertThrows(CommandFailedException.class, () -> sync().sync(PROVIDER,
                proxy, List.of(request(a, null)), "fail-x", false, "vm1"));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VNIC_PORT_BINDING_FAILED, failure.engineMessage());
        assertSame(down, failure.getSuppressed()[0]);
        verify(leftPorts).report(PROVIDER, created, down);
        verify(intents, never()).closeAttempt(any());
    }
}
