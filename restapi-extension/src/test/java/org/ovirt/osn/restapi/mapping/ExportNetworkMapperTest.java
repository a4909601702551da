package org.ovirt.osn.restapi.mapping;

import jakarta.xml.bind.JAXBContext;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.command.network.ExportNetworkParameters;
import org.ovirt.osn.restapi.json.JsonbConfigResolver;
import org.ovirt.osn.restapi.model.Network;

import java.io.StringReader;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportNetworkMapperTest {

    private static final UUID PROVIDER = UUID.fromString("6b5a4a2e-4c55-4f3e-9d7e-3a1f0c2b9e10");
    private static final UUID DC = UUID.fromString("11111111-2222-4333-8444-000000000001");
    private static final UUID PHYSNET = UUID.fromString("11111111-2222-4333-8444-000000000002");

    private static Network xml(String body) throws Exception {
        return (Network) JAXBContext.newInstance(Network.class).createUnmarshaller().unmarshal(new StringReader(body));
    }

    @Test
    void shouldMapEveryExportFieldWhenTheXmlBodyHasThem() throws Exception {
        Network body = xml("<network><name>green</name><description>d</description><data_center id=\"" + DC
                + "\"/><mtu>1400</mtu><external_provider id=\"" + PROVIDER + "\"/>"
                + "<external_provider_physical_network id=\"" + PHYSNET + "\"/>"
                + "<port_security_enabled>false</port_security_enabled>"
                + "<external_provider_subnet><name>s</name><cidr>10.1.2.0/24</cidr><ip_version>v4</ip_version>"
                + "<gateway>10.1.2.1</gateway><dns_servers><dns_server>8.8.8.8</dns_server></dns_servers>"
                + "</external_provider_subnet></network>");

        assertTrue(ExportNetworkMapper.isExport(body));
        ExportNetworkParameters p = ExportNetworkMapper.toParameters(body, ExportNetworkMapper.providerId(body), DC,
                PHYSNET);

        assertEquals(PROVIDER, p.providerId());
        assertEquals(DC, p.dataCenterId());
        assertEquals("green", p.name());
        assertEquals("d", p.description());
        assertEquals(1400, p.mtu());
        assertEquals(PHYSNET, p.physicalNetworkId());
        assertEquals(Boolean.FALSE, p.portSecurityEnabled());
        assertEquals("10.1.2.0/24", p.subnet().cidr());
        assertEquals(4, p.subnet().ipVersion());
        assertEquals(List.of("8.8.8.8"), p.subnet().dnsServers());
        assertTrue(p.vmNetwork());
        assertNull(p.vlanId());
    }

    @Test
    void shouldMapTheSameFieldsWhenTheBodyIsJson() {
        Network body = JsonbConfigResolver.jsonb().fromJson("{\"name\":\"green\",\"external_provider\":{\"id\":\""
                + PROVIDER + "\"},\"port_security_enabled\":true,\"external_provider_subnet\":{\"cidr\":"
                + "\"fd00::/64\"},\"usages\":{\"usage\":[]},\"vlan\":{\"id\":7}}", Network.class);

        ExportNetworkParameters p = ExportNetworkMapper.toParameters(body, ExportNetworkMapper.providerId(body), DC,
                null);

        assertEquals(Boolean.TRUE, p.portSecurityEnabled());
        assertEquals("fd00::/64", p.subnet().cidr());
        assertEquals(0, p.mtu());
        assertFalse(p.vmNetwork(), "no vm usage: the command refuses it with its own message");
        assertEquals(7, p.vlanId());
    }

    @Test
    void shouldRefuseWhenTheProviderIdIsMissingOrMalformed() throws Exception {
        assertThrows(InvalidRepresentationException.class,
                () -> ExportNetworkMapper.providerId(xml("<network><external_provider/></network>")));
        assertThrows(InvalidRepresentationException.class,
                () -> ExportNetworkMapper.providerId(xml("<network><external_provider id=\"x\"/></network>")));
    }

    @Test
    void shouldNotBeAnExportWhenNoProviderIsGiven() throws Exception {
        assertFalse(ExportNetworkMapper.isExport(xml("<network><name>n</name></network>")));
    }
}
