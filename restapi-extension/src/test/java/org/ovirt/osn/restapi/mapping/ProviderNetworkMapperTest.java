package org.ovirt.osn.restapi.mapping;

import jakarta.xml.bind.JAXBContext;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.command.network.AddSubnetToProviderParameters;
import org.ovirt.osn.provider.ProviderNetwork;
import org.ovirt.osn.provider.ProviderSubnet;
import org.ovirt.osn.query.DiscoveredNetwork;
import org.ovirt.osn.query.NetworkProviderRef;
import org.ovirt.osn.restapi.json.JsonbConfigResolver;
import org.ovirt.osn.restapi.model.Action;
import org.ovirt.osn.restapi.model.Network;
import org.ovirt.osn.restapi.model.OpenStackNetwork;
import org.ovirt.osn.restapi.model.OpenStackSubnet;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderNetworkMapperTest {

    private static final UUID PROVIDER = UUID.fromString("6b5a4a2e-4c55-4f3e-9d7e-3a1f0c2b9e10");
    private static final String BASE = "/ovirt-engine/api";
    private static final String NETWORK_HREF = BASE + "/openstacknetworkproviders/" + PROVIDER + "/networks/ext-1";

    private static <T> T xml(Class<T> type, String body) throws Exception {
        return type.cast(JAXBContext.newInstance(type).createUnmarshaller().unmarshal(new StringReader(body)));
    }

    private static String xml(Object model) throws Exception {
        StringWriter out = new StringWriter();
        JAXBContext.newInstance(model.getClass()).createMarshaller().marshal(model, out);
        return out.toString();
    }

    @Test
    void shouldShowProviderAndDataCentersWhenMappingADiscoveredNetwork() throws Exception {
        UUID dc = UUID.randomUUID();
        ProviderNetwork network = new ProviderNetwork("ext-1", "blue", 1442, "vlan", "physnet1", 120, true, false,
                "ACTIVE", List.of(), "p");

        OpenStackNetwork m = ProviderNetworkMapper.toModel(new DiscoveredNetwork(network, List.of(dc)), PROVIDER, BASE);

        assertEquals("ext-1", m.getId());
        assertEquals(NETWORK_HREF, m.getHref());
        assertEquals("blue", m.getName());
        assertEquals(PROVIDER.toString(), m.getOpenstackNetworkProvider().getId());
        assertEquals(dc.toString(), m.getDataCenters().getDataCenter().get(0).getId());
        String rendered = xml(m);
        assertTrue(rendered.contains("<openstack_network href=\"" + NETWORK_HREF + "\" id=\"ext-1\">")
                || rendered.contains("<openstack_network id=\"ext-1\" href=\"" + NETWORK_HREF + "\">"), rendered);
        assertTrue(rendered.contains("<data_centers><data_center"), rendered);
        String json = JsonbConfigResolver.jsonb().toJson(m);
        assertTrue(json.contains("\"openstack_network_provider\":{"), json);
        assertTrue(json.contains("\"data_centers\":{\"data_center\":[{"), json);
    }

    @Test
    void shouldShowTypeSegmentMtuAndSubnetsWhenMappingADiscoveredVlanNetwork() throws Exception {
        ProviderNetwork network = new ProviderNetwork("ext-1", "blue", 1442, "vlan", "physnet1", 120, false, false,
                "ACTIVE", List.of("s1", "s2"), "p");

        OpenStackNetwork m = ProviderNetworkMapper.toModel(new DiscoveredNetwork(network, List.of()), PROVIDER, BASE);

        assertEquals(1442, m.getMtu());
        assertEquals(120, m.getVlan().getId());
        assertEquals("vlan", m.getNetworkType());
        assertEquals("physnet1", m.getPhysicalNetwork());
        assertEquals(120, m.getSegmentationId());
        assertEquals(Boolean.FALSE, m.getPortSecurityEnabled());
        assertEquals(List.of("s1", "s2"), m.getSubnets().getOpenstackSubnet().stream().map(OpenStackSubnet::getId)
                .toList());
        assertEquals(NETWORK_HREF + "/subnets/s2", m.getSubnets().getOpenstackSubnet().get(1).getHref());
        String rendered = xml(m);
        assertTrue(rendered.contains("<mtu>1442</mtu><vlan id=\"120\"/><network_type>vlan</network_type>"
                + "<physical_network>physnet1</physical_network><segmentation_id>120</segmentation_id>"
                + "<port_security_enabled>false</port_security_enabled><subnets><openstack_subnet"), rendered);
        String json = JsonbConfigResolver.jsonb().toJson(m);
        assertTrue(json.contains("\"subnets\":{\"openstack_subnet\":[{"), json);
        assertTrue(json.contains("\"vlan\":{\"id\":120}"), json);
    }

    @Test
    void shouldLeaveOutVlanAndUnreportedFieldsWhenNetworkIsAnOverlay() throws Exception {
        ProviderNetwork network = new ProviderNetwork("ext-1", "green", null, "vxlan", null, 5001, null, false,
                "ACTIVE", List.of(), "p");

        OpenStackNetwork m = ProviderNetworkMapper.toModel(new DiscoveredNetwork(network, List.of()), PROVIDER, BASE);

        assertNull(m.getVlan());
        assertNull(m.getMtu());
        assertEquals(5001, m.getSegmentationId());
        String json = JsonbConfigResolver.jsonb().toJson(m);
        assertTrue(!json.contains("\"mtu\"") && !json.contains("physical_network")
                && !json.contains("port_security_enabled"), json);
        assertTrue(json.contains("\"subnets\":{\"openstack_subnet\":[]}"), json);
    }

    @Test
    void shouldListEveryProviderAndTheFirstAsExternalProviderWhenNetworkIsProvided() {
        UUID second = UUID.randomUUID();
        UUID physical = UUID.randomUUID();
        Network m = ProviderNetworkMapper.withProviders(new Network(), List.of(
                new NetworkProviderRef(PROVIDER, "a", null), new NetworkProviderRef(second, "b", physical)), BASE);

        assertEquals(PROVIDER.toString(), m.getExternalProvider().getId());
        assertEquals(List.of("a", "b"), m.getProvidedBy().getOpenstackNetwork().stream()
                .map(OpenStackNetwork::getId).toList());
        assertEquals(second.toString(),
                m.getProvidedBy().getOpenstackNetwork().get(1).getOpenstackNetworkProvider().getId());
        assertEquals(BASE + "/networks/" + physical, m.getExternalProviderPhysicalNetwork().getHref());
    }

    @Test
    void shouldShowNoProviderWhenNetworkIsNotProvided() {
        Network m = ProviderNetworkMapper.withProviders(new Network(), List.of(), BASE);

        assertNull(m.getExternalProvider());
        assertNull(m.getProvidedBy());
        assertNull(m.getExternalProviderPhysicalNetwork());
    }

    @Test
    void shouldReadTheDataCenterAndTheNetworkOfAnAction() throws Exception {
        Action byName = xml(Action.class, "<action><data_center><name>Default</name></data_center></action>");
        Action byId = xml(Action.class, "<action><network id=\"n1\"/><public_use>false</public_use>"
                + "<attach_to_all_clusters>true</attach_to_all_clusters></action>");

        assertEquals("Default", byName.getDataCenter().getName());
        assertEquals("n1", byId.getNetwork().getId());
        assertEquals(Boolean.FALSE, byId.getPublicUse());
        assertEquals(Boolean.TRUE, byId.getAttachToAllClusters());
        assertEquals(Boolean.TRUE, JsonbConfigResolver.jsonb()
                .fromJson("{\"attach_to_all_clusters\":true}", Action.class).getAttachToAllClusters());
        assertEquals("Default", JsonbConfigResolver.jsonb()
                .fromJson("{\"data_center\":{\"name\":\"Default\"}}", Action.class).getDataCenter().getName());
    }

    @Test
    void shouldKeepEveryFieldWhenSubnetGoesToXmlAndBack() throws Exception {
        ProviderSubnet subnet = new ProviderSubnet("s1", "ext-1", "sub", "10.0.0.0/24", 4, "10.0.0.1",
                List.of("8.8.8.8", "8.8.4.4"), true, null, null);

        OpenStackSubnet read = xml(OpenStackSubnet.class, xml(SubnetMapper.toModel(subnet, NETWORK_HREF)));
        AddSubnetToProviderParameters p = SubnetMapper.toParameters(read, PROVIDER, "ext-1");

        assertEquals(new AddSubnetToProviderParameters(PROVIDER, "ext-1", "sub", "10.0.0.0/24", 4, "10.0.0.1",
                List.of("8.8.8.8", "8.8.4.4"), null, null), p);
        assertEquals("s1", read.getId());
        assertEquals(NETWORK_HREF + "/subnets/s1", read.getHref());
        assertEquals("ext-1", read.getOpenstackNetwork().getId());
    }

    @Test
    void shouldRenderDnsServersWrappedWhenSubnetIsWritten() throws Exception {
        ProviderSubnet subnet = new ProviderSubnet("s1", "ext-1", "sub", "fd00::/64", 6, null, List.of("fd00::53"),
                true, "slaac", "slaac");

        OpenStackSubnet m = SubnetMapper.toModel(subnet, NETWORK_HREF);

        assertTrue(xml(m).contains("<dns_servers><dns_server>fd00::53</dns_server></dns_servers>"), xml(m));
        assertTrue(xml(m).contains("<ip_version>v6</ip_version>"), xml(m));
        String json = JsonbConfigResolver.jsonb().toJson(m);
        assertTrue(json.contains("\"dns_servers\":{\"dns_server\":[\"fd00::53\"]}"), json);
        assertTrue(json.contains("\"ipv6_address_mode\":\"slaac\""), json);
    }

    @Test
    void shouldReadRepeatedDnsServersAsWellAsWrappedOnes() throws Exception {
        OpenStackSubnet repeated = xml(OpenStackSubnet.class, "<openstack_subnet><cidr>10.0.0.0/24</cidr>"
                + "<dns_servers>1.1.1.1</dns_servers><dns_servers> 9.9.9.9 </dns_servers></openstack_subnet>");
        OpenStackSubnet wrapped = xml(OpenStackSubnet.class, "<openstack_subnet><cidr>10.0.0.0/24</cidr>"
                + "<dns_servers>\n  <dns_server>1.1.1.1</dns_server>\n  <dns_server>9.9.9.9</dns_server>\n"
                + "</dns_servers></openstack_subnet>");
        OpenStackSubnet json = JsonbConfigResolver.jsonb().fromJson(
                "{\"cidr\":\"10.0.0.0/24\",\"dns_servers\":{\"dns_server\":[\"1.1.1.1\",\"9.9.9.9\"]}}",
                OpenStackSubnet.class);

        assertEquals(List.of("1.1.1.1", "9.9.9.9"), repeated.dnsServerList());
        assertEquals(List.of("1.1.1.1", "9.9.9.9"), wrapped.dnsServerList());
        assertEquals(List.of("1.1.1.1", "9.9.9.9"), json.dnsServerList());
    }

    @Test
    void shouldTakeIpVersionInBothSpellingsAndRefuseOthers() {
        OpenStackSubnet m = new OpenStackSubnet();
        m.setCidr("10.0.0.0/24");
        m.setIpVersion("4");
        assertEquals(4, SubnetMapper.toParameters(m, PROVIDER, "n").ipVersion());
        m.setIpVersion("V6");
        assertEquals(6, SubnetMapper.toParameters(m, PROVIDER, "n").ipVersion());
        m.setIpVersion(null);
        assertNull(SubnetMapper.toParameters(m, PROVIDER, "n").ipVersion());
        m.setIpVersion("v5");
        assertThrows(InvalidRepresentationException.class, () -> SubnetMapper.toParameters(m, PROVIDER, "n"));
    }
}
