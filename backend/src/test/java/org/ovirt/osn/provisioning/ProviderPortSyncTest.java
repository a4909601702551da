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
            "OVIRT_PROVIDER_OVN", false, false, false, null);
    private static final PortTarget NET = new PortTarget(PROVIDER.id(), "net-1");
    private static final String HOST = "host-a";

    @Mock
    private NetworkProviderProxy proxy;
    @Mock
    private LeftPortAudit leftPorts;

    private ProviderPortSync sync() {
        return new ProviderPortSync("oVirt", leftPorts);
    }

    static VmNic nic(String name, String mac) {
        return new VmNic(UUID.randomUUID(), UUID.randomUUID(), name, mac, UUID.randomUUID(), true, true);
    }

    private static VnicPortRequest request(VmNic nic, List<String> groups) {
        return new VnicPortRequest(nic, NET, groups, null);
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
        ArgumentCaptor<List<PortSpec>> specs = ArgumentCaptor.captor();
        ProviderPort portA = port("pa", a, "net-1", HOST, List.of("default"), "ovs");
        ProviderPort portB = port("pb", b, "net-1", HOST, List.of(), "ovs");
        when(proxy.createPorts(specs.capture())).thenReturn(List.of(portA, portB));

        ProviderPortSync.Outcome outcome = sync().sync(PROVIDER, proxy, List.of(request(a, null),
                request(b, List.of())), HOST, false, "vm1");

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
    void shouldWriteNothingWhenTheExistingPortsAreBoundToTheHostWithTheirGroups() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        ProviderPort existing = port("pa", a, "net-1", HOST, List.of("sg1", "sg2"), "ovs");
        givenExisting(existing);

        ProviderPortSync.Outcome outcome = sync().sync(PROVIDER, proxy, List.of(request(a, List.of("sg2", "sg1"))),
                HOST, false, "vm1");

        assertSame(existing, outcome.ports().get(0).port());
        assertFalse(outcome.ports().get(0).created());
        verify(proxy, never()).createPorts(any());
        verify(proxy, never()).updatePort(any(), any());
    }

    @Test
    void shouldUpdateOnlyTheBindingWhenTheHostChangedAndGroupsAreIgnored() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        givenExisting(port("pa", a, "net-1", "old-host", List.of("sg1"), "ovs"));
        ProviderPort moved = port("pa", a, "net-1", HOST, List.of("sg1"), "ovs");
        when(proxy.updatePort("pa", PortUpdate.none().withHostBinding(HOST))).thenReturn(moved);

        ProviderPortSync.Outcome outcome = sync().sync(PROVIDER, proxy, List.of(request(a, List.of("sg9"))), HOST,
                true, "vm1");

        assertSame(moved, outcome.ports().get(0).port());
    }

    @Test
    void shouldUpdateTheGroupsWhenTheProfileAsksForOthers() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        givenExisting(port("pa", a, "net-1", HOST, List.of("sg1"), "ovs"));
        when(proxy.updatePort("pa", PortUpdate.none().withHostBinding(HOST).withSecurityGroups(List.of())))
                .thenReturn(port("pa", a, "net-1", HOST, List.of(), "ovs"));

        sync().sync(PROVIDER, proxy, List.of(request(a, List.of())), HOST, false, "vm1");

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

        sync().sync(PROVIDER, proxy, List.of(request(a, null)), HOST, false, "vm1");

        InOrder order = inOrder(proxy);
        order.verify(proxy).updatePort("pa", PortUpdate.none().withHostBinding(""));
        order.verify(proxy).updatePort("pa", change);
    }

    @Test
    void shouldCreateANewPortWhenTheVnicsOnlyPortIsOnAnotherNetwork() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        givenExisting(port("old", a, "net-old", HOST, List.of(), "ovs"));
        ProviderPort created = port("new", a, "net-1", HOST, List.of(), "ovs");
        when(proxy.createPorts(any())).thenReturn(List.of(created));

        ProviderPortSync.Outcome outcome = sync().sync(PROVIDER, proxy, List.of(request(a, null)), HOST, false, "vm1");

        assertEquals(List.of(created), outcome.created());
        verify(proxy, never()).deletePort("old");
    }

    @Test
    void shouldDeleteEveryCreatedPortAndFailNamingTheVnicWhenOneCannotBeBound() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        VmNic b = nic("nic2", "56:6f:00:00:00:02");
        givenExisting();
        when(proxy.createPorts(any())).thenReturn(List.of(port("pa", a, "net-1", "fail-x", List.of(), "binding_failed"),
                port("pb", b, "net-1", "fail-x", List.of(), "binding_failed")));

        CommandFailedException failure = assertThrows(CommandFailedException.class, () -> sync().sync(PROVIDER, proxy,
                List.of(request(a, null), request(b, null)), "fail-x", false, "vm1"));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VNIC_PORT_BINDING_FAILED, failure.engineMessage());
        assertEquals("nic1", failure.variables().get("VmNicName"));
        assertEquals("neutron-a", failure.variables().get("ProviderName"));
        verify(proxy).deletePort("pa");
        verify(proxy).deletePort("pb");
    }

    @Test
    void shouldNameTheVnicWhoseMacIsTakenWhenTheProviderAnswersMacAddressInUse() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        VmNic b = nic("nic2", "56:6f:00:00:00:02");
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
    void shouldDeleteWhatItCreatedButLeaveTheExistingPortWhenAnUpdateFails() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        VmNic b = nic("nic2", "56:6f:00:00:00:02");
        givenExisting(port("pa", a, "net-1", "old-host", List.of(), "ovs"));
        when(proxy.createPorts(any())).thenReturn(List.of(port("pb", b, "net-1", HOST, List.of(), "ovs")));
        when(proxy.updatePort(any(), any())).thenThrow(new ProviderException(ProviderErrorCode.CONNECTION, "refused",
                "PUT http://n:9696/v2.0/ports/pa", null));

        CommandFailedException failure = assertThrows(CommandFailedException.class, () -> sync().sync(PROVIDER, proxy,
                List.of(request(a, null), request(b, null)), HOST, false, "vm1"));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VNIC_PORT_PROVISIONING, failure.engineMessage());
        assertEquals("nic1", failure.variables().get("VmNicNames"));
        assertTrue(failure.variables().get("Detail").contains("PUT http://n:9696/v2.0/ports/pa"));
        verify(proxy).deletePort("pb");
        verify(proxy, never()).deletePort("pa");
    }

    @Test
    void shouldFailNamingAllVnicsAndCreateNothingWhenTheLookupFails() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        VmNic b = nic("nic2", "56:6f:00:00:00:02");
        when(proxy.findPorts(any())).thenThrow(new ProviderException(ProviderErrorCode.CONNECTION, "refused",
                "GET http://n:9696/v2.0/ports", null));

        CommandFailedException failure = assertThrows(CommandFailedException.class, () -> sync().sync(PROVIDER, proxy,
                List.of(request(a, null), request(b, null)), HOST, false, "vm1"));

        assertEquals("nic1, nic2", failure.variables().get("VmNicNames"));
        verify(proxy, never()).createPorts(any());
    }

    @Test
    void shouldReportAPortItCouldNotDeleteAgainAndStillFailWithTheFirstCause() {
        VmNic a = nic("nic1", "56:6f:00:00:00:01");
        givenExisting();
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
    }
}
