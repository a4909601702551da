package org.ovirt.osn.provider.neutron;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.PortFilter;
import org.ovirt.osn.provider.PortSpec;
import org.ovirt.osn.provider.PortUpdate;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.ProviderNetwork;
import org.ovirt.osn.provider.ProviderNetworkSpec;
import org.ovirt.osn.provider.ProviderPort;
import org.ovirt.osn.provider.ProviderSubnet;
import org.ovirt.osn.provider.ProviderSubnetSpec;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Port operations against the real noauth Neutron of {@code scripts/neutron.sh}, through a {@link CountingForwarder}
 * that shows which calls the proxy made. Fails, never skips, when that Neutron is not running. Each test removes
 * what it created (and the class removes its network), so the tests can run again and again on the same Neutron,
 * also while others use it.
 */
class NeutronRealPortsTest {

    private static final String RUN = RealNeutron.runPrefix("ports");

    private static NeutronClientHolder clients;
    private static CountingForwarder neutron;
    private static NetworkProviderProxy proxy;
    private static ProviderNetwork network;
    private static ProviderSubnet subnet;

    @BeforeAll
    static void createNetwork() {
        clients = new NeutronClientHolder(TestProviders.config("osn.provider.connect.timeout", "5"));
        neutron = new CountingForwarder(RealNeutron.NOAUTH_URL);
        proxy = new NeutronNetworkProviderProxyFactory(clients).create(RealNeutron.noauth(neutron.url()));
        try {
            network = proxy.addNetwork(ProviderNetworkSpec.tenant(RUN));
        } catch (ProviderException e) {
            throw new AssertionError(e.describe() + "." + RealNeutron.NOT_RUNNING, e);
        }
        subnet = proxy.addSubnet(network.externalId(), ProviderSubnetSpec.ipv4(RUN, RealNeutron.randomCidr()));
    }

    @AfterAll
    static void removeNetwork() {
        try {
            if (network != null) {
                proxy.findPorts(PortFilter.byNetworkId(network.externalId())).forEach(p -> proxy.deletePort(p.id()));
                proxy.removeNetwork(network.externalId());
            }
        } finally {
            neutron.close();
            clients.close();
        }
    }

    @AfterEach
    void removePortsOfTheTest() {
        proxy.findPorts(PortFilter.byNetworkId(network.externalId())).forEach(p -> proxy.deletePort(p.id()));
        neutron.reset();
    }

    private static PortSpec vnic(String deviceId) {
        return PortSpec.on(network.externalId()).withName("nic-" + deviceId).withMacAddress(RealNeutron.randomMac())
                .withDevice(deviceId, RUN);
    }

    private static String device(String name) {
        return RUN + "-" + name;
    }

    @Test
    void shouldCreateGetUpdateAndDeleteABoundPort() {
        PortSpec spec = vnic(device("crud")).withHostBinding("host-a");

        ProviderPort created = proxy.createPort(spec);
        ProviderPort updated = proxy.updatePort(created.id(), PortUpdate.none().withName("renamed")
                .withHostBinding("host-b"));
        Optional<ProviderPort> read = proxy.getPort(created.id());
        boolean deleted = proxy.deletePort(created.id());

        assertAll(
                () -> assertNotNull(created.id()),
                () -> assertEquals(network.externalId(), created.networkId()),
                () -> assertEquals(spec.macAddress(), created.macAddress()),
                () -> assertEquals(spec.deviceId(), created.deviceId()),
                () -> assertEquals(RUN, created.deviceOwner()),
                () -> assertEquals("host-a", created.hostBinding()),
                () -> assertEquals("ACTIVE", created.status(), "fakebind binds a port that has a host"),
                () -> assertEquals("ovs", created.vifType()),
                () -> assertTrue(created.adminStateUp()),
                () -> assertEquals(1, created.fixedIps().size()),
                () -> assertEquals(subnet.id(), created.fixedIps().get(0).subnetId()),
                () -> assertEquals("renamed", updated.name()),
                () -> assertEquals("host-b", updated.hostBinding()),
                () -> assertEquals("ACTIVE", updated.status()),
                () -> assertEquals(spec.macAddress(), updated.macAddress(), "the update left the MAC alone"),
                () -> assertEquals(Optional.of(updated.hostBinding()), read.map(ProviderPort::hostBinding)),
                () -> assertTrue(deleted),
                () -> assertFalse(proxy.deletePort(created.id()), "already gone: not a failure"),
                () -> assertEquals(Optional.empty(), proxy.getPort(created.id())));
    }

    @Test
    void shouldReportBindingFailedForAHostThatRefusesTheBindingAndUnboundWithoutHost() {
        ProviderPort refused = proxy.createPort(vnic(device("fail")).withHostBinding("fail-host"));
        ProviderPort unbound = proxy.createPort(vnic(device("unbound")));

        assertAll(
                () -> assertTrue(refused.bindingFailed(), refused.vifType()),
                () -> assertEquals("DOWN", refused.status()),
                () -> assertEquals(ProviderPort.VIF_TYPE_UNBOUND, unbound.vifType()),
                () -> assertEquals("DOWN", unbound.status()));
    }

    @Test
    void shouldApplyTheDefaultGroupWhenNoneAreGivenAndNoGroupForAnEmptyList() {
        ProviderPort byDefault = proxy.createPort(vnic(device("sg-default")));
        ProviderPort none = proxy.createPort(vnic(device("sg-none")).withSecurityGroups(List.of()));
        ProviderPort explicit = proxy.createPort(vnic(device("sg-explicit"))
                .withSecurityGroups(byDefault.securityGroups()));
        ProviderPort cleared = proxy.updatePort(explicit.id(), PortUpdate.none().withSecurityGroups(List.of())
                .withPortSecurity(false));

        assertAll(
                () -> assertEquals(1, byDefault.securityGroups().size(), "the project's default group"),
                () -> assertEquals(List.of(), none.securityGroups()),
                () -> assertEquals(byDefault.securityGroups(), explicit.securityGroups()),
                () -> assertEquals(List.of(), cleared.securityGroups()),
                () -> assertEquals(Boolean.FALSE, cleared.portSecurityEnabled()));
    }

    @Test
    void shouldCreateAllPortsOfABulkInOneRequestAndInOrder() {
        List<PortSpec> specs = List.of(vnic(device("b0")), vnic(device("b1")).withHostBinding("host-a"),
                vnic(device("b2")), vnic(device("b3")));

        List<ProviderPort> created = proxy.createPorts(specs);

        assertAll(
                () -> assertEquals(specs.stream().map(PortSpec::deviceId).toList(),
                        created.stream().map(ProviderPort::deviceId).toList()),
                () -> assertEquals(specs.stream().map(PortSpec::macAddress).toList(),
                        created.stream().map(ProviderPort::macAddress).toList()),
                () -> assertEquals("ACTIVE", created.get(1).status()),
                () -> assertEquals(1, neutron.count("POST", "/v2.0/ports")));
    }

    @Test
    void shouldCreateNoPortOfABulkWhenOneOfItsPortsIsInvalid() {
        List<PortSpec> specs = List.of(vnic(device("bad0")), vnic(device("bad1")),
                vnic(device("bad2")).withMacAddress("not-a-mac"));

        ProviderException e = assertThrows(ProviderException.class, () -> proxy.createPorts(specs));

        assertAll(
                () -> assertEquals(ProviderErrorCode.BAD_REQUEST, e.code(), e.describe()),
                () -> assertEquals("HTTPBadRequest", e.providerErrorType()),
                () -> assertEquals(1, neutron.count("POST", "/v2.0/ports"), "no one-by-one fallback"),
                () -> assertEquals(0, proxy.findPorts(PortFilter.byDeviceOwner(RUN)).count()));
    }

    @Test
    void shouldCreateNoPortOfABulkWhenOneMacIsInUse() {
        ProviderPort existing = proxy.createPort(vnic(device("taken")));
        List<PortSpec> specs = List.of(vnic(device("mac0")), vnic(device("mac1")).withMacAddress(existing.macAddress()));

        ProviderException e = assertThrows(ProviderException.class, () -> proxy.createPorts(specs));

        assertAll(
                () -> assertEquals(ProviderErrorCode.CONFLICT, e.code(), e.describe()),
                () -> assertEquals("MacAddressInUse", e.providerErrorType()),
                () -> assertEquals(List.of(existing.id()),
                        proxy.findPorts(PortFilter.byDeviceOwner(RUN)).map(ProviderPort::id).toList()));
    }

    @Test
    void shouldMapAMacAddressInUseToConflictWithTheNeutronType() {
        ProviderPort existing = proxy.createPort(vnic(device("mac-a")));

        ProviderException e = assertThrows(ProviderException.class,
                () -> proxy.createPort(vnic(device("mac-b")).withMacAddress(existing.macAddress())));

        assertAll(
                () -> assertEquals(ProviderErrorCode.CONFLICT, e.code()),
                () -> assertEquals(409, e.httpStatus()),
                () -> assertEquals("MacAddressInUse", e.providerErrorType()),
                () -> assertTrue(e.getMessage().contains(existing.macAddress()), e.getMessage()),
                () -> assertTrue(e.requestId() != null && e.requestId().startsWith("req-"), e.describe()),
                () -> assertEquals("POST " + neutron.url() + "/v2.0/ports", e.request()));
    }

    @Test
    void shouldMapAnUnknownNetworkOrPortToNotFound() {
        String unknown = "00000000-0000-0000-0000-000000000000";

        ProviderException onCreate = assertThrows(ProviderException.class,
                () -> proxy.createPort(PortSpec.on(unknown)));
        ProviderException onUpdate = assertThrows(ProviderException.class,
                () -> proxy.updatePort(unknown, PortUpdate.none().withName("x")));

        assertAll(
                () -> assertEquals(ProviderErrorCode.NOT_FOUND, onCreate.code()),
                () -> assertEquals("NetworkNotFound", onCreate.providerErrorType()),
                () -> assertEquals(ProviderErrorCode.NOT_FOUND, onUpdate.code()),
                () -> assertEquals("PortNotFound", onUpdate.providerErrorType()),
                () -> assertEquals(Optional.empty(), proxy.getPort(unknown)),
                () -> assertFalse(proxy.deletePort(unknown)));
    }

    @Test
    void shouldFindPortsByDeviceIdOwnerMacAndNetworkWithFiltersOnTheServer() {
        String otherOwner = RUN + "-other";
        ProviderPort a = proxy.createPort(vnic(device("f1")));
        ProviderPort b = proxy.createPort(vnic(device("f1")).withDevice(device("f1"), otherOwner));
        ProviderPort c = proxy.createPort(vnic(device("f2")));

        assertAll(
                () -> assertEquals(Set.of(a.id(), b.id()), ids(PortFilter.byDeviceId(device("f1")))),
                () -> assertEquals(Set.of(a.id()), ids(PortFilter.byDeviceId(device("f1")).andDeviceOwner(RUN))),
                () -> assertEquals(Set.of(a.id(), c.id()), ids(PortFilter.byDeviceOwner(RUN))),
                () -> assertEquals(Set.of(b.id()), ids(PortFilter.byMacAddress(b.macAddress().toUpperCase()))),
                () -> assertEquals(Set.of(a.id(), b.id(), c.id()), ids(PortFilter.byNetworkId(network.externalId()))),
                () -> assertEquals(Set.of(), ids(PortFilter.byDeviceId(device("nothing")))));
        List<CountingForwarder.Forwarded> lookups = neutron.forwarded().stream()
                .filter(f -> f.is("GET", "/v2.0/ports")).toList();
        assertAll(
                () -> assertEquals(6, lookups.size()),
                () -> assertTrue(lookups.stream().allMatch(f -> f.query() != null && f.query().matches(
                        ".*(device_id|device_owner|mac_address|network_id)=.*")), "never all ports: " + lookups),
                () -> assertTrue(lookups.get(0).query().contains("device_id=" + device("f1")), lookups.toString()));
    }

    @Test
    void shouldFindThePortsOfSeveralDevicesInOneRequestWhenDeviceIdsAreRepeated() {
        ProviderPort a = proxy.createPort(vnic(device("or-a")));
        ProviderPort b = proxy.createPort(vnic(device("or-b")));
        proxy.createPort(vnic(device("or-c")));
        proxy.createPort(vnic(device("or-a")).withDevice(device("or-a"), RUN + "-other"));
        int before = neutron.forwarded().size();

        Set<String> found = ids(PortFilter.byDeviceIds(List.of(device("or-a"), device("or-b"), device("or-none")))
                .andDeviceOwner(RUN));

        List<CountingForwarder.Forwarded> lookups = neutron.forwarded().stream().skip(before)
                .filter(f -> f.is("GET", "/v2.0/ports")).toList();
        assertAll(
                () -> assertEquals(Set.of(a.id(), b.id()), found),
                () -> assertEquals(1, lookups.size(), lookups.toString()),
                () -> assertTrue(lookups.get(0).query().contains("device_id=" + device("or-a") + "&device_id="
                        + device("or-b") + "&device_id=" + device("or-none")), lookups.toString()));
    }

    private static Set<String> ids(PortFilter filter) {
        return proxy.findPorts(filter).map(ProviderPort::id).collect(Collectors.toSet());
    }

    @Test
    void shouldRefuseToRemoveANetworkThatHasPortsAsConflict() {
        proxy.createPort(vnic(device("in-use")));

        ProviderException e = assertThrows(ProviderException.class, () -> proxy.removeNetwork(network.externalId()));

        assertEquals(ProviderErrorCode.CONFLICT, e.code());
        assertEquals("NetworkInUse", e.providerErrorType());
    }
}
