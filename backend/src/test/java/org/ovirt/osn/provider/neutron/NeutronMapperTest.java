package org.ovirt.osn.provider.neutron;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.PortSpec;
import org.ovirt.osn.provider.PortUpdate;
import org.ovirt.osn.provider.ProviderFixedIp;
import org.ovirt.osn.provider.ProviderNetwork;
import org.ovirt.osn.provider.ProviderNetworkSpec;
import org.ovirt.osn.provider.ProviderPort;
import org.ovirt.osn.provider.ProviderSubnet;
import org.ovirt.osn.provider.ProviderSubnetSpec;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ovirt.osn.provider.neutron.FixtureServer.fixture;

/** The wire ↔ domain mapping, through JSON as the provider client sends and reads it. */
class NeutronMapperTest {

    /** Configured like the one of {@link NeutronClientHolder}. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

    private static <T> T read(String json, Class<T> type) throws Exception {
        return JSON.readValue(json, type);
    }

    private static JsonNode sent(Object body) {
        return JSON.valueToTree(body);
    }

    @Test
    void shouldReadEveryPortFieldWhenNeutronSendsObjectValuedBindingFields() throws Exception {
        NeutronPort wire = read(fixture("neutron-port-bound.json"), NeutronPort.One.class).port();

        ProviderPort port = NeutronMapper.toDomain(wire);

        assertAll(
                () -> assertEquals("c6c5e1f8-f7ba-4714-92bc-d73c82dc1f1b", port.id()),
                () -> assertEquals("c9b45a57-283b-410a-882b-4ea0dcfd2304", port.networkId()),
                () -> assertEquals("fa:16:3e:00:00:01", port.macAddress()),
                () -> assertEquals("vm1-nic0", port.name()),
                () -> assertEquals("vm-0001", port.deviceId()),
                () -> assertEquals("oVirt", port.deviceOwner()),
                () -> assertEquals("host-a", port.hostBinding()),
                () -> assertEquals(List.of("4f94f509-d2f4-4990-b6c3-7f9f127c64d3"), port.securityGroups()),
                () -> assertEquals(Boolean.TRUE, port.portSecurityEnabled()),
                () -> assertTrue(port.adminStateUp()),
                () -> assertEquals(List.of(new ProviderFixedIp("fa40013b-705f-4e63-bf33-2903c993ed0b", "10.20.0.50")),
                        port.fixedIps()),
                () -> assertEquals("ACTIVE", port.status()),
                () -> assertEquals("ovs", port.vifType()),
                () -> assertEquals("fake_project_id", port.projectId()),
                () -> assertEquals(Map.of("port_filter", true, "ovs_hybrid_plug", false), wire.vifDetails()),
                () -> assertEquals(Map.of("pci_slot", "0000:05:00.2", "capabilities", List.of("switchdev")),
                        wire.profile()));
    }

    @Test
    void shouldReadAnOvirtProviderOvnPortWhichHasNoBindingExtension() throws Exception {
        NeutronPort wire = read("""
                {"port": {"id": "p1", "name": "nic1", "network_id": "n1", "mac_address": "00:1a:4a:16:01:51",
                 "admin_state_up": true, "device_id": "vnic-1", "device_owner": "oVirt",
                 "security_groups": [], "port_security_enabled": false, "tenant_id": "00000000000000000000000000000001",
                 "fixed_ips": [{"ip_address": "10.0.0.5", "subnet_id": "s1"}], "binding:host_id": "host-1"}}""",
                NeutronPort.One.class).port();

        ProviderPort port = NeutronMapper.toDomain(wire);

        assertAll(
                () -> assertNull(port.vifType()),
                () -> assertNull(port.status()),
                () -> assertEquals(List.of(), port.securityGroups(), "an empty list is not 'unknown'"),
                () -> assertEquals("00000000000000000000000000000001", port.projectId(), "tenant_id as fallback"),
                () -> assertEquals("host-1", port.hostBinding()));
    }

    @Test
    void shouldKeepThePortWhenItGoesToTheWireAndBackAsNeutronEchoesIt() throws Exception {
        PortSpec spec = PortSpec.on("n1").withName("nic1").withMacAddress("fa:16:3e:aa:bb:cc")
                .withDevice("vnic-1", "oVirt").withHostBinding("host-a").withSecurityGroups(List.of("sg1"))
                .withPortSecurity(true).withFixedIps(List.of(new ProviderFixedIp("s1", "10.0.0.7")))
                .withProjectId("p1");

        // what Neutron answers is what it was sent plus what it adds
        NeutronPort echoed = read(JSON.writeValueAsString(new NeutronPort.One(NeutronMapper.toWire(spec))),
                NeutronPort.One.class).port();
        ProviderPort port = NeutronMapper.toDomain(echoed);

        assertEquals(new ProviderPort(null, "n1", "fa:16:3e:aa:bb:cc", "nic1", "vnic-1", "oVirt", "host-a",
                List.of("sg1"), true, true, List.of(new ProviderFixedIp("s1", "10.0.0.7")), null, null, "p1"), port);
    }

    @Test
    void shouldLeaveSecurityGroupsOutForTheProviderDefaultAndSendAnEmptyListForNone() {
        JsonNode byDefault = sent(new NeutronPort.One(NeutronMapper.toWire(PortSpec.on("n1"))));
        JsonNode none = sent(new NeutronPort.One(NeutronMapper.toWire(PortSpec.on("n1").withSecurityGroups(List.of()))));

        assertAll(
                () -> assertFalse(byDefault.path("port").has("security_groups"), byDefault.toString()),
                () -> assertTrue(none.path("port").path("security_groups").isArray()),
                () -> assertEquals(0, none.path("port").path("security_groups").size()));
    }

    @Test
    void shouldSendOnlyTheRequestedMembersWhenCreatingAPort() {
        JsonNode body = sent(new NeutronPort.One(NeutronMapper.toWire(PortSpec.on("n1").withDevice("d", "oVirt"))));

        assertEquals(JSON.createObjectNode().set("port", JSON.createObjectNode()
                .put("network_id", "n1").put("admin_state_up", true).put("device_id", "d")
                .put("device_owner", "oVirt")), body);
    }

    @Test
    void shouldSendOnlyWhatChangesWhenUpdatingAPort() {
        JsonNode body = sent(new NeutronPort.One(NeutronMapper.toWire(
                PortUpdate.none().withHostBinding("host-b").withSecurityGroups(List.of()).withPortSecurity(false))));

        assertAll(
                () -> assertEquals(3, body.path("port").size(), body.toString()),
                () -> assertEquals("host-b", body.at("/port/binding:host_id").asText()),
                () -> assertEquals(0, body.at("/port/security_groups").size()),
                () -> assertFalse(body.at("/port/port_security_enabled").asBoolean()));
    }

    @Test
    void shouldNeverSendTheTenantIdItReads() throws Exception {
        NeutronNetwork wire = read("{\"network\":{\"id\":\"n\",\"tenant_id\":\"t\"}}", NeutronNetwork.One.class)
                .network();

        assertEquals("t", NeutronMapper.toDomain(wire).projectId());
        assertFalse(sent(wire).has("tenant_id"), sent(wire).toString());
    }

    @Test
    void shouldReadEveryNetworkFieldAndTheVlanIdOnlyOfAVlanNetwork() throws Exception {
        NeutronNetwork vlan = read("""
                {"network": {"id": "n1", "name": "red", "admin_state_up": true, "status": "ACTIVE",
                 "subnets": ["s1", "s2"], "shared": true, "mtu": 1500, "port_security_enabled": true,
                 "provider:network_type": "vlan", "provider:physical_network": "physnet1",
                 "provider:segmentation_id": 101, "project_id": "p", "router:external": false,
                 "availability_zone_hints": [], "tags": ["a"], "revision_number": 1}}""",
                NeutronNetwork.One.class).network();
        NeutronNetwork vxlan = read("""
                {"network": {"id": "n2", "provider:network_type": "vxlan", "provider:segmentation_id": "7"}}""",
                NeutronNetwork.One.class).network();

        assertEquals(new ProviderNetwork("n1", "red", 1500, "vlan", "physnet1", 101, true, true, "ACTIVE",
                List.of("s1", "s2"), "p"), NeutronMapper.toDomain(vlan));
        assertEquals(101, NeutronMapper.toDomain(vlan).vlanId());
        ProviderNetwork tenant = NeutronMapper.toDomain(vxlan);
        assertAll(
                () -> assertEquals(7, tenant.segmentationId(), "a number sent as a string is still read"),
                () -> assertNull(tenant.vlanId(), "a VNI is not a VLAN id"),
                () -> assertFalse(tenant.shared()),
                () -> assertEquals(List.of(), tenant.subnetIds()));
    }

    @Test
    void shouldSendTheProviderAttributesOfAFlatOrVlanNetworkAndNoneForATenantOne() {
        JsonNode vlan = sent(NeutronMapper.toWire(ProviderNetworkSpec.vlan("red", "physnet1", 101).withMtu(1400)
                .withPortSecurity(false)));
        JsonNode flat = sent(NeutronMapper.toWire(ProviderNetworkSpec.flat("blue", "physnet2")));
        JsonNode tenant = sent(NeutronMapper.toWire(ProviderNetworkSpec.tenant("green")));

        assertAll(
                () -> assertEquals("vlan", vlan.path("provider:network_type").asText()),
                () -> assertEquals("physnet1", vlan.path("provider:physical_network").asText()),
                () -> assertEquals(101, vlan.path("provider:segmentation_id").asInt()),
                () -> assertEquals(1400, vlan.path("mtu").asInt()),
                () -> assertFalse(vlan.path("port_security_enabled").asBoolean(true)),
                () -> assertEquals("flat", flat.path("provider:network_type").asText()),
                () -> assertFalse(flat.has("provider:segmentation_id")),
                () -> assertEquals(JSON.createObjectNode().put("name", "green").put("admin_state_up", true), tenant));
    }

    @Test
    void shouldKeepTheSubnetWhenItGoesToTheWireAndBack() throws Exception {
        ProviderSubnetSpec spec = ProviderSubnetSpec.ipv6("v6", "fd00:1::/64").withGateway("fd00:1::1")
                .withDnsServers(List.of("fd00:1::53")).withIpv6Modes("dhcpv6-stateful", "dhcpv6-stateful");

        NeutronSubnet echoed = read(JSON.writeValueAsString(new NeutronSubnet.One(NeutronMapper.toWire("n1", spec))),
                NeutronSubnet.One.class).subnet();

        assertEquals(new ProviderSubnet(null, "n1", "v6", "fd00:1::/64", 6, "fd00:1::1", List.of("fd00:1::53"), true,
                "dhcpv6-stateful", "dhcpv6-stateful"), NeutronMapper.toDomain(echoed));
    }

    @Test
    void shouldSendAStatelessDhcpv6SubnetWithOnlyTheModesItSetsAndReadItBack() throws Exception {
        ProviderSubnetSpec spec = ProviderSubnetSpec.ipv6("v6", "fd00:2::/64")
                .withIpv6Modes("dhcpv6-stateless", null);

        JsonNode body = sent(NeutronMapper.toWire("n1", spec));
        NeutronSubnet echoed = read(JSON.writeValueAsString(new NeutronSubnet.One(NeutronMapper.toWire("n1", spec))),
                NeutronSubnet.One.class).subnet();

        assertEquals("dhcpv6-stateless", body.path("ipv6_address_mode").asText());
        assertFalse(body.has("ipv6_ra_mode"), "an unset RA mode is left to Neutron: " + body);
        assertEquals(6, body.path("ip_version").asInt());
        assertEquals(new ProviderSubnet(null, "n1", "v6", "fd00:2::/64", 6, null, List.of(), true,
                "dhcpv6-stateless", null), NeutronMapper.toDomain(echoed));
    }

    @Test
    void shouldReadTheIpv6ModesNeutronAnswersForAStatelessSubnet() throws Exception {
        NeutronSubnet wire = read("""
                {"subnet": {"id": "s6", "network_id": "n1", "name": "v6", "cidr": "fd00:3::/64", "ip_version": 6,
                 "gateway_ip": "fd00:3::1", "dns_nameservers": [], "enable_dhcp": true,
                 "ipv6_address_mode": "dhcpv6-stateless", "ipv6_ra_mode": "dhcpv6-stateless"}}""",
                NeutronSubnet.One.class).subnet();

        ProviderSubnet subnet = NeutronMapper.toDomain(wire);

        assertEquals("dhcpv6-stateless", subnet.ipv6AddressMode());
        assertEquals("dhcpv6-stateless", subnet.ipv6RaMode());
    }

    @Test
    void shouldLeaveOutWhatAnIpv4SubnetSpecDoesNotSet() {
        JsonNode body = sent(NeutronMapper.toWire("n1", ProviderSubnetSpec.ipv4("s", "10.0.0.0/24")));

        assertEquals(JSON.createObjectNode().put("network_id", "n1").put("name", "s").put("cidr", "10.0.0.0/24")
                .put("ip_version", 4).put("enable_dhcp", true), body);
    }

    @Test
    void shouldReadAPageWithItsNextLinkAndAPageWithoutLinks() throws Exception {
        NeutronNetwork.Page paged = read("""
                {"networks": [{"id": "a"}, {"id": "b"}], "networks_links": [
                 {"rel": "next", "href": "http://x/v2.0/networks?limit=2&marker=b"},
                 {"rel": "previous", "href": "http://x/v2.0/networks?limit=2&marker=a&page_reverse=True"}]}""",
                NeutronNetwork.Page.class);
        NeutronPort.Page unpaged = read("{\"ports\": []}", NeutronPort.Page.class);

        assertAll(
                () -> assertEquals(List.of("a", "b"), paged.items().stream().map(paged::idOf).toList()),
                () -> assertEquals("next", paged.links().get(0).rel()),
                () -> assertEquals(List.of(), unpaged.items()),
                () -> assertEquals(List.of(), unpaged.links()));
    }
}
