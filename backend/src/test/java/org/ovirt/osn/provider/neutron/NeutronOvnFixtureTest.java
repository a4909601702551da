package org.ovirt.osn.provider.neutron;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.PortFilter;
import org.ovirt.osn.provider.PortSpec;
import org.ovirt.osn.provider.PortUpdate;
import org.ovirt.osn.provider.ProviderCapabilities;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.ProviderNetwork;
import org.ovirt.osn.provider.ProviderPort;
import org.ovirt.osn.provider.ProviderSubnetSpec;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proxy against ovirt-provider-ovn ({@link EmulatedOvirtProviderOvn}): no paging parameters where they would be
 * misread as filters, filters re-checked, several device ids asked one by one, its {@code {"error": …}} bodies, no
 * bulk create ever sent, so ports are created one by one and removed again when one of them fails, one subnet per
 * network, {@code binding:host_id} dropped.
 */
class NeutronOvnFixtureTest {

    private static final String NETWORK = "6a1b2c3d-0000-4000-8000-000000000001";

    private static NeutronClientHolder clients;
    private EmulatedOvirtProviderOvn ovn;
    private NetworkProvider provider;
    private NetworkProviderProxy proxy;

    @BeforeAll
    static void createClients() {
        clients = new NeutronClientHolder(TestProviders.config("osn.provider.read.timeout", "5",
                NeutronClientHolder.PAGE_SIZE, "2"));
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    @BeforeEach
    void startOvn() {
        ovn = EmulatedOvirtProviderOvn.start();
        ovn.resources().addNetwork(NETWORK, "ovirtmgmt-ovn");
        provider = TestProviders.provider(NetworkProviderType.EXTERNAL, ovn.url()).build();
        proxy = new ExternalNetworkProviderProxyFactory(clients).create(provider);
    }

    @AfterEach
    void stopOvn() {
        ovn.close();
    }

    private List<EmulatedOvirtProviderOvn.Request> received(String method, String path) {
        return ovn.received().stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    private static PortSpec vnic(int n) {
        return PortSpec.on(NETWORK).withName("nic" + n).withDevice("vnic-" + n, "oVirt")
                .withMacAddress(String.format("56:6f:00:00:00:%02x", n)).withHostBinding("host-1");
    }

    @Test
    void shouldDetectNoPagingNoSortingNoFieldsNoBulkNoAnyOfFromItsExtensions() {
        assertEquals(ProviderCapabilities.BASIC, proxy.capabilities());
    }

    @Test
    void shouldUseBasicCallsWhenTheProviderHasNoExtensionList() {
        ovn.resources().withoutExtensionList();
        IntStream.range(0, 4).forEach(i -> ovn.resources().addNetwork("net-" + i, "n" + i));

        long listed = proxy.listNetworks().count();

        assertAll(
                () -> assertEquals(5, listed),
                () -> assertEquals(List.of(""), ovn.queriesOf("GET /v2.0/networks")),
                () -> assertEquals(ProviderCapabilities.BASIC, proxy.capabilities()));
    }

    @Test
    void shouldSendNoPagingParametersWhenTheAdminSwitchedPagingOff() {
        NeutronClientHolder paging = new NeutronClientHolder(TestProviders.config(NeutronClientHolder.PAGE_SIZE, "2"));
        try {
            ovn.resources().extensionsAnswer(FixtureServer.fixture("neutron-extensions.json"));
            NetworkProvider configured = TestProviders.provider(NetworkProviderType.EXTERNAL, ovn.url())
                    .customProperties(Map.of("osn.paging", "false", "osn.bulk", "false")).build();
            NetworkProviderProxy switchedOff = new ExternalNetworkProviderProxyFactory(paging).create(configured);

            switchedOff.listNetworks().count();
            switchedOff.createPorts(List.of(vnic(1), vnic(2)));

            assertAll(
                    () -> assertEquals(new ProviderCapabilities(false, true, true, false, true),
                            switchedOff.capabilities()),
                    () -> assertEquals(List.of(""), ovn.queriesOf("GET /v2.0/networks")),
                    () -> assertEquals(0, received("POST", "/v2.0/ports").stream()
                            .filter(r -> r.body().contains("\"ports\"")).count(), "no bulk attempt"));
        } finally {
            paging.close();
        }
    }

    @Test
    void shouldListAllNetworksInOneRequestWithoutPagingParameters() {
        IntStream.range(0, 6).forEach(i -> ovn.resources().addNetwork("net-" + i, "n" + i));

        List<ProviderNetwork> networks = proxy.listNetworks().toList();

        List<EmulatedOvirtProviderOvn.Request> calls = received("GET", "/v2.0/networks");
        assertAll(
                () -> assertEquals(7, networks.size(), "a page size of 2 would have cut this short"),
                () -> assertEquals(1, calls.size()),
                () -> assertEquals(List.of(""), ovn.queriesOf("GET /v2.0/networks"), "no limit, marker, fields or sort_key"),
                () -> assertEquals(Optional.of(1442), networks.stream().map(ProviderNetwork::mtu).findFirst()),
                () -> assertEquals("00000000000000000000000000000001", networks.get(0).projectId()));
    }

    @Test
    void shouldFindPortsByDeviceIdSendingOnlyTheFilter() {
        proxy.createPort(vnic(1));
        proxy.createPort(vnic(2));

        List<ProviderPort> found = proxy.findPorts(PortFilter.byDeviceId("vnic-2").andDeviceOwner("oVirt")).toList();

        assertAll(
                () -> assertEquals(List.of("vnic-2"), found.stream().map(ProviderPort::deviceId).toList()),
                () -> assertEquals(List.of("device_id=vnic-2&device_owner=oVirt"), ovn.portQueries()),
                () -> assertNull(found.get(0).vifType(), "no binding extension"),
                () -> assertTrue(found.get(0).adminStateUp()));
    }

    @Test
    void shouldCreatePortsOneByOneWithoutEverTryingABulkRequest() {
        List<ProviderPort> first = proxy.createPorts(List.of(vnic(1), vnic(2), vnic(3)));
        List<ProviderPort> second = new ExternalNetworkProviderProxyFactory(clients).create(provider)
                .createPorts(List.of(vnic(4), vnic(5)));

        List<EmulatedOvirtProviderOvn.Request> posts = received("POST", "/v2.0/ports");
        assertAll(
                () -> assertEquals(List.of("vnic-1", "vnic-2", "vnic-3"),
                        first.stream().map(ProviderPort::deviceId).toList()),
                () -> assertEquals(2, second.size()),
                () -> assertEquals(5, ovn.resources().ports().size()),
                () -> assertEquals(0, posts.stream().filter(r -> r.body().contains("\"ports\"")).count(),
                        "its extension list says it is no Neutron: no bulk request it would refuse"),
                () -> assertEquals(5, posts.size()),
                () -> assertEquals(0, ovn.bulkAttempts()),
                () -> assertFalse(proxy.capabilities().bulkPortCreate()));
    }

    @Test
    void shouldTryBulkOnceAndRememberTheRefusalWhenConfiguredToTryIt() {
        NetworkProvider configured = TestProviders.provider(NetworkProviderType.EXTERNAL, ovn.url())
                .customProperties(Map.of("osn.bulk", "true")).build();
        NetworkProviderProxy told = new ExternalNetworkProviderProxyFactory(clients).create(configured);

        List<ProviderPort> created = told.createPorts(List.of(vnic(1), vnic(2)));

        assertAll(
                () -> assertEquals(2, created.size()),
                () -> assertEquals(1, ovn.bulkAttempts(), "the admin said to try"),
                () -> assertTrue(told.capabilities().bulkPortCreate(), "configured values win"));
    }

    @Test
    void shouldFindThePortsOfEveryDeviceAskedForWithOneLookupPerDevice() {
        proxy.createPorts(List.of(vnic(1), vnic(2), vnic(3), vnic(4)));

        List<ProviderPort> found = proxy.findPorts(PortFilter.byDeviceIds(List.of("vnic-1", "vnic-2", "vnic-4"))
                .andDeviceOwner("oVirt")).toList();

        assertAll(
                () -> assertEquals(List.of("vnic-1", "vnic-2", "vnic-4"),
                        found.stream().map(ProviderPort::deviceId).toList(), "the first value only would give one"),
                () -> assertEquals(java.util.Set.of("device_id=vnic-1&device_owner=oVirt",
                        "device_id=vnic-2&device_owner=oVirt", "device_id=vnic-4&device_owner=oVirt"),
                        java.util.Set.copyOf(ovn.portQueries())),
                () -> assertEquals(3, ovn.portQueries().size()));
    }

    @Test
    void shouldFindThemInOneLookupWhenConfiguredAsHonouringRepeatedValues() {
        NetworkProvider configured = TestProviders.provider(NetworkProviderType.EXTERNAL, ovn.url())
                .customProperties(Map.of("osn.filter.any-of", "true")).build();
        NetworkProviderProxy told = new ExternalNetworkProviderProxyFactory(clients).create(configured);
        told.createPorts(List.of(vnic(1), vnic(2)));

        List<ProviderPort> found = told.findPorts(PortFilter.byDeviceIds(List.of("vnic-1", "vnic-2"))).toList();

        assertAll(
                () -> assertEquals(List.of("device_id=vnic-1&device_id=vnic-2"), ovn.portQueries()),
                () -> assertEquals(List.of("vnic-1"), found.stream().map(ProviderPort::deviceId).toList(),
                        "what this provider does with it, which is why it is not the default"));
    }

    @Test
    void shouldDeleteThePortsItCreatedWhenACreateFailsHalfWay() {
        ovn.resources().failCreateNumber(3);

        ProviderException e = assertThrows(ProviderException.class,
                () -> proxy.createPorts(List.of(vnic(1), vnic(2), vnic(3), vnic(4))));

        assertAll(
                () -> assertEquals(ProviderErrorCode.PROVIDER_ERROR, e.code()),
                () -> assertEquals(500, e.httpStatus()),
                () -> assertEquals("Internal Server Error", e.providerErrorType()),
                () -> assertTrue(e.getMessage().contains("Cannot find Logical_Switch"), e.getMessage()),
                () -> assertEquals(Map.of(), ovn.resources().ports(), "no port left behind"),
                () -> assertEquals(2, ovn.received().stream().filter(r -> r.method().equals("DELETE")).count()),
                () -> assertEquals(0, e.getSuppressed().length));
    }

    @Test
    void shouldKeepTheFailureAndAddTheCleanupFailureWhenAPortCannotBeDeletedAgain() {
        ovn.resources().failCreateNumber(3);
        ovn.resources().failDeletes();

        ProviderException e = assertThrows(ProviderException.class,
                () -> proxy.createPorts(List.of(vnic(1), vnic(2), vnic(3))));

        assertAll(
                () -> assertEquals(500, e.httpStatus()),
                () -> assertEquals("POST " + ovn.url() + "/v2.0/ports", e.request()),
                () -> assertEquals(2, e.getSuppressed().length),
                () -> assertTrue(((ProviderException) e.getSuppressed()[0]).request().startsWith("DELETE ")));
    }

    @Test
    void shouldReadItsErrorBodiesAndTreatADeletedPortAsGone() {
        ProviderPort port = proxy.createPort(vnic(1));
        assertTrue(proxy.deletePort(port.id()));

        ProviderException onUpdate = assertThrows(ProviderException.class,
                () -> proxy.updatePort(port.id(), PortUpdate.none().withHostBinding("host-2")));

        assertAll(
                () -> assertFalse(proxy.deletePort(port.id()), "already gone"),
                () -> assertEquals(Optional.empty(), proxy.getPort(port.id())),
                () -> assertEquals(ProviderErrorCode.NOT_FOUND, onUpdate.code()),
                () -> assertEquals("Not Found", onUpdate.providerErrorType()),
                () -> assertTrue(onUpdate.getMessage().endsWith("Cannot find Logical_Switch_Port with name="
                        + port.id()), onUpdate.getMessage()));
    }

    @Test
    void shouldReportAPortOnAnUnknownNetworkAsTheProviderErrorItIs() {
        ProviderException e = assertThrows(ProviderException.class,
                () -> proxy.createPort(PortSpec.on("00000000-0000-0000-0000-000000000000")));

        assertEquals(ProviderErrorCode.PROVIDER_ERROR, e.code(), "ovirt-provider-ovn answers 500, not 404");
        assertEquals(500, e.httpStatus());
    }

    @Test
    void shouldReportTheRefusedSecondSubnetOfANetworkAsAFault() {
        proxy.addSubnet(NETWORK, ProviderSubnetSpec.ipv4("first", "10.0.0.0/24"));

        ProviderException e = assertThrows(ProviderException.class,
                () -> proxy.addSubnet(NETWORK, ProviderSubnetSpec.ipv4("second", "10.0.1.0/24")));

        assertAll(
                () -> assertEquals(ProviderErrorCode.BAD_REQUEST, e.code()),
                () -> assertEquals("Bad Request", e.providerErrorType()),
                () -> assertTrue(e.getMessage().endsWith("Unable to create more than one subnet for network "
                        + NETWORK), e.getMessage()),
                () -> assertEquals(1, ovn.resources().subnetsOf(NETWORK).size()));
    }

    @Test
    void shouldShowNoHostBindingBecauseTheProviderDropsIt() {
        ProviderPort created = proxy.createPort(vnic(1));
        ProviderPort updated = proxy.updatePort(created.id(), PortUpdate.none().withHostBinding("host-2"));

        assertAll(
                () -> assertNull(created.hostBinding()),
                () -> assertNull(updated.hostBinding()),
                () -> assertTrue(received("POST", "/v2.0/ports").get(0).body().contains("binding:host_id"),
                        "it was sent"));
    }
}
