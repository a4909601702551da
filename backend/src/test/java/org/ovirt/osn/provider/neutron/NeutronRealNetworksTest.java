package org.ovirt.osn.provider.neutron;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.ProviderCapabilities;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.ProviderNetwork;
import org.ovirt.osn.provider.ProviderNetworkSpec;
import org.ovirt.osn.provider.ProviderSubnet;
import org.ovirt.osn.provider.ProviderSubnetSpec;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Networks, subnets and paging against the real noauth Neutron of {@code scripts/neutron.sh}, with a page size of 2
 * so that a handful of networks spans several pages. Fails, never skips, when that Neutron is not running; removes
 * what it creates. Other users of the same Neutron may add networks meanwhile, so listings are checked for this
 * run's networks, not for exact totals.
 */
class NeutronRealNetworksTest {

    private static final String RUN = RealNeutron.runPrefix("networks");
    private static final int PAGE_SIZE = 2;

    private static NeutronClientHolder clients;
    private static CountingForwarder neutron;
    private static NetworkProviderProxy proxy;
    private final List<String> networksToRemove = new ArrayList<>();

    @BeforeAll
    static void createProxy() {
        clients = new NeutronClientHolder(TestProviders.config("osn.provider.connect.timeout", "5",
                NeutronClientHolder.PAGE_SIZE, String.valueOf(PAGE_SIZE)));
        neutron = new CountingForwarder(RealNeutron.NOAUTH_URL);
        proxy = new NeutronNetworkProviderProxyFactory(clients).create(RealNeutron.noauth(neutron.url()));
        try {
            proxy.capabilities();
        } catch (ProviderException e) {
            throw new AssertionError(e.describe() + "." + RealNeutron.NOT_RUNNING, e);
        }
    }

    @AfterAll
    static void closeProxy() {
        neutron.close();
        clients.close();
    }

    @AfterEach
    void removeNetworks() {
        networksToRemove.forEach(proxy::removeNetwork);
        neutron.reset();
    }

    private ProviderNetwork add(ProviderNetworkSpec spec) {
        ProviderNetwork network = proxy.addNetwork(spec);
        networksToRemove.add(network.externalId());
        return network;
    }

    @Test
    void shouldReportPagingSortingFieldsAndBulkForNeutron() {
        assertEquals(new ProviderCapabilities(true, true, true, true, true), proxy.capabilities());
    }

    @Test
    void shouldCreateReadAndRemoveVlanFlatAndTenantNetworks() {
        int vlanId = ThreadLocalRandom.current().nextInt(1, 4095);
        String physnet = "osn-" + UUID.randomUUID().toString().substring(0, 8);

        ProviderNetwork vlan = add(ProviderNetworkSpec.vlan(RUN + "-vlan", "physnet2", vlanId).withMtu(1400)
                .withPortSecurity(false));
        ProviderNetwork flat = add(ProviderNetworkSpec.flat(RUN + "-flat", physnet));
        ProviderNetwork tenant = add(ProviderNetworkSpec.tenant(RUN + "-tenant"));

        assertAll(
                () -> assertEquals(RUN + "-vlan", vlan.name()),
                () -> assertEquals("vlan", vlan.networkType()),
                () -> assertEquals("physnet2", vlan.physicalNetwork()),
                () -> assertEquals(vlanId, vlan.vlanId()),
                () -> assertEquals(1400, vlan.mtu()),
                () -> assertEquals(Boolean.FALSE, vlan.portSecurityEnabled()),
                () -> assertEquals("ACTIVE", vlan.status()),
                () -> assertEquals("flat", flat.networkType()),
                () -> assertEquals(physnet, flat.physicalNetwork()),
                () -> assertEquals(null, flat.segmentationId()),
                () -> assertEquals("vxlan", tenant.networkType(), "the tenant type of scripts/neutron.sh"),
                () -> assertEquals(Boolean.TRUE, tenant.portSecurityEnabled()),
                () -> assertEquals(Optional.of(vlan), proxy.getNetwork(vlan.externalId())));
        assertTrue(proxy.removeNetwork(flat.externalId()));
        assertAll(
                () -> assertFalse(proxy.removeNetwork(flat.externalId()), "already gone: not a failure"),
                () -> assertEquals(Optional.empty(), proxy.getNetwork(flat.externalId())));
    }

    @Test
    void shouldAddListAndRemoveIpv4AndIpv6SubnetsOfANetwork() {
        ProviderNetwork network = add(ProviderNetworkSpec.tenant(RUN + "-subnets"));
        String cidr = RealNeutron.randomCidr();
        String gateway = cidr.replace(".0/24", ".254");
        String dns = cidr.replace(".0/24", ".53");

        ProviderSubnet v4 = proxy.addSubnet(network.externalId(), ProviderSubnetSpec.ipv4(RUN + "-v4", cidr)
                .withGateway(gateway).withDnsServers(List.of(dns)).withDhcp(false));
        ProviderSubnet v6 = proxy.addSubnet(network.externalId(), ProviderSubnetSpec.ipv6(RUN + "-v6", "fd00:5::/64")
                .withIpv6Modes("dhcpv6-stateful", "dhcpv6-stateful"));
        List<ProviderSubnet> listed = proxy.listSubnets(network.externalId()).toList();

        assertAll(
                () -> assertEquals(new ProviderSubnet(v4.id(), network.externalId(), RUN + "-v4", cidr, 4, gateway,
                        List.of(dns), false, null, null), v4),
                () -> assertEquals(new ProviderSubnet(v6.id(), network.externalId(), RUN + "-v6", "fd00:5::/64", 6,
                        "fd00:5::", List.of(), true, "dhcpv6-stateful", "dhcpv6-stateful"), v6,
                        "Neutron's default IPv6 gateway is the subnet-router anycast address"),
                () -> assertEquals(Map.of(v4.id(), v4, v6.id(), v6),
                        listed.stream().collect(Collectors.toMap(ProviderSubnet::id, Function.identity()))),
                () -> assertEquals(2, proxy.getNetwork(network.externalId()).orElseThrow().subnetIds().size()));
        assertTrue(proxy.removeSubnet(v6.id()));
        assertAll(
                () -> assertFalse(proxy.removeSubnet(v6.id())),
                () -> assertEquals(List.of(v4), proxy.listSubnets(network.externalId()).toList()));
    }

    @Test
    void shouldAddAStatelessDhcpv6SubnetAndRefuseModesNeutronDoesNotCombine() {
        ProviderNetwork network = add(ProviderNetworkSpec.tenant(RUN + "-v6-modes"));

        ProviderSubnet stateless = proxy.addSubnet(network.externalId(), ProviderSubnetSpec.ipv6(RUN + "-stateless",
                "fd00:6::/64").withIpv6Modes("dhcpv6-stateless", "dhcpv6-stateless"));
        ProviderException mixed = assertThrows(ProviderException.class, () -> proxy.addSubnet(network.externalId(),
                ProviderSubnetSpec.ipv6(RUN + "-mixed", "fd00:7::/64").withIpv6Modes("slaac", "dhcpv6-stateful")));
        ProviderException withoutDhcp = assertThrows(ProviderException.class, () -> proxy.addSubnet(
                network.externalId(), ProviderSubnetSpec.ipv6(RUN + "-no-dhcp", "fd00:8::/64").withDhcp(false)
                        .withIpv6Modes("dhcpv6-stateless", null)));

        assertAll(
                () -> assertEquals("dhcpv6-stateless", stateless.ipv6AddressMode()),
                () -> assertEquals("dhcpv6-stateless", stateless.ipv6RaMode()),
                () -> assertEquals(ProviderErrorCode.BAD_REQUEST, mixed.code(), mixed.describe()),
                () -> assertEquals(400, mixed.httpStatus()),
                () -> assertTrue(mixed.getMessage().contains("ipv6_ra_mode"), mixed.getMessage()),
                () -> assertEquals(ProviderErrorCode.BAD_REQUEST, withoutDhcp.code(), withoutDhcp.describe()),
                () -> assertEquals(List.of(stateless), proxy.listSubnets(network.externalId()).toList(),
                        "the refused subnets left nothing behind"));
    }

    @Test
    void shouldListEveryNetworkOnceAcrossPagesOfTwo() {
        // one name for all seven (Neutron allows it), so the walk can be kept to them on a shared Neutron
        String name = RUN + "-page";
        List<String> ours = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ours.add(add(ProviderNetworkSpec.tenant(name)).externalId());
        }
        neutron.reset();
        neutron.scope("/v2.0/networks", "name=" + name);

        Map<String, Long> listed;
        try {
            listed = proxy.listNetworks().map(ProviderNetwork::externalId)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        } finally {
            neutron.scope(null, null);
        }

        List<CountingForwarder.Forwarded> pages = neutron.forwarded();
        assertAll(
                () -> assertEquals(new java.util.TreeSet<>(ours), new java.util.TreeSet<>(listed.keySet())),
                () -> assertTrue(ours.stream().allMatch(id -> listed.get(id) == 1L), "each once: " + listed),
                () -> assertTrue(listed.values().stream().allMatch(n -> n == 1L), "no network twice: " + listed),
                () -> assertTrue(pages.size() >= 4, "7 networks need 4 pages of 2 at least: " + pages),
                () -> assertTrue(pages.stream().allMatch(p -> p.is("GET", "/v2.0/networks")
                        && p.query().startsWith("limit=2")), pages.toString()),
                () -> assertTrue(pages.stream().skip(1).allMatch(p -> p.query().contains("&marker=")),
                        pages.toString()),
                () -> assertTrue(pages.size() <= listed.size() / PAGE_SIZE + 1, "no page after the end: " + pages));
    }

    @Test
    void shouldFetchOnlyThePagesThatAreConsumed() {
        for (int i = 0; i < 5; i++) {
            add(ProviderNetworkSpec.tenant(RUN + "-lazy-" + i));
        }
        neutron.reset();

        Stream<ProviderNetwork> networks = proxy.listNetworks();
        long beforeConsuming = neutron.count("GET", "/v2.0/networks");
        long taken = networks.limit(3).count();

        assertAll(
                () -> assertEquals(1, beforeConsuming, "the first page comes with the call"),
                () -> assertEquals(3, taken),
                () -> assertEquals(2, neutron.count("GET", "/v2.0/networks"), "3 items are 2 pages of 2"));
    }

    @Test
    void shouldResumeAfterTheMarkerOfAPageWasDeletedMeanwhile() {
        ProviderNetwork network = add(ProviderNetworkSpec.tenant(RUN + "-resume"));
        for (int i = 0; i < 5; i++) {
            proxy.addSubnet(network.externalId(), ProviderSubnetSpec.ipv4(RUN + "-s" + i, "10.77." + i + ".0/24"));
        }

        Iterator<ProviderSubnet> subnets = proxy.listSubnets(network.externalId()).iterator();
        List<String> seen = new ArrayList<>(List.of(subnets.next().id(), subnets.next().id()));
        proxy.removeSubnet(seen.get(1));
        subnets.forEachRemaining(s -> seen.add(s.id()));

        assertAll(
                () -> assertEquals(5, seen.size(), seen.toString()),
                () -> assertEquals(5, seen.stream().distinct().count(), seen.toString()),
                () -> assertTrue(neutron.count("GET", "/v2.0/subnets") > 3, "one more call to resume"));
    }
}
