package org.ovirt.osn.restapi.mapping;

import jakarta.xml.bind.JAXBContext;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.ProviderPort;
import org.ovirt.osn.restapi.json.JsonbConfigResolver;
import org.ovirt.osn.restapi.model.Action;
import org.ovirt.osn.restapi.model.OpenStackPort;
import org.ovirt.osn.restapi.model.OpenStackPorts;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderPortMapperTest {

    private static final UUID PROVIDER = UUID.fromString("6b5a4a2e-4c55-4f3e-9d7e-3a1f0c2b9e10");
    private static final String BASE = "/ovirt-engine/api";
    private static final UUID VNIC = UUID.fromString("0c4d6c1e-77a8-4f55-9f1e-2a8e5f1b3c44");
    private static final ProviderPort PORT = new ProviderPort("port-1", "net-1", "fa:16:3e:00:00:01", "nic1",
            VNIC.toString(), "oVirt", "host-1", List.of(), null, true, List.of(), "DOWN", "ovs", "p");

    private static <T> T xml(Class<T> type, String body) throws Exception {
        return type.cast(JAXBContext.newInstance(type).createUnmarshaller().unmarshal(new StringReader(body)));
    }

    private static String xml(Object model) throws Exception {
        StringWriter out = new StringWriter();
        JAXBContext.newInstance(model.getClass()).createMarshaller().marshal(model, out);
        return out.toString();
    }

    private static void assertSamePort(OpenStackPort expected, OpenStackPort actual) {
        assertEquals(expected.getId(), actual.getId());
        assertEquals(expected.getName(), actual.getName());
        assertEquals(expected.getMac().getAddress(), actual.getMac().getAddress());
        assertEquals(expected.getDeviceId(), actual.getDeviceId());
        assertEquals(expected.getDeviceOwner(), actual.getDeviceOwner());
        assertEquals(expected.getStatus(), actual.getStatus());
        assertEquals(expected.getOpenstackNetwork().getId(), actual.getOpenstackNetwork().getId());
        assertEquals(expected.getOpenstackNetwork().getHref(), actual.getOpenstackNetwork().getHref());
        assertEquals(expected.getOpenstackNetwork().getOpenstackNetworkProvider().getId(),
                actual.getOpenstackNetwork().getOpenstackNetworkProvider().getId());
    }

    @Test
    void shouldShowDeviceOwnerNetworkAndProviderWhenMappingAPort() {
        OpenStackPort m = ProviderPortMapper.toModel(PORT, PROVIDER, BASE);

        assertEquals("port-1", m.getId());
        assertEquals("nic1", m.getName());
        assertEquals("fa:16:3e:00:00:01", m.getMac().getAddress());
        assertEquals(VNIC.toString(), m.getDeviceId());
        assertEquals("oVirt", m.getDeviceOwner());
        assertEquals("DOWN", m.getStatus());
        assertEquals("net-1", m.getOpenstackNetwork().getId());
        assertEquals(BASE + "/openstacknetworkproviders/" + PROVIDER + "/networks/net-1",
                m.getOpenstackNetwork().getHref());
        assertEquals(PROVIDER.toString(), m.getOpenstackNetwork().getOpenstackNetworkProvider().getId());
    }

    @Test
    void shouldReadBackTheSamePortsWhenRenderedAsXmlAndJson() throws Exception {
        OpenStackPorts m = ProviderPortMapper.toModel(List.of(PORT), PROVIDER, BASE);

        String rendered = xml(m);
        String json = JsonbConfigResolver.jsonb().toJson(m);
        OpenStackPorts fromXml = xml(OpenStackPorts.class, rendered);
        OpenStackPorts fromJson = JsonbConfigResolver.jsonb().fromJson(json, OpenStackPorts.class);

        assertTrue(rendered.contains("<openstack_ports><openstack_port"), rendered);
        assertTrue(rendered.contains("<device_id>" + VNIC + "</device_id>"), rendered);
        assertTrue(json.startsWith("{\"openstack_port\":[{"), json);
        assertTrue(json.contains("\"device_owner\":\"oVirt\""), json);
        assertSamePort(m.getOpenstackPort().get(0), fromXml.getOpenstackPort().get(0));
        assertSamePort(m.getOpenstackPort().get(0), fromJson.getOpenstackPort().get(0));
    }

    @Test
    void shouldReadDryRunAndNetworkWhenTheReconcileActionGivesThem() throws Exception {
        Action xmlAction = xml(Action.class, "<action><dry_run>true</dry_run><openstack_network id=\"net-1\"/>"
                + "</action>");
        Action jsonAction = JsonbConfigResolver.jsonb().fromJson("{\"dry_run\":true,\"openstack_network\":"
                + "{\"id\":\"net-1\"}}", Action.class);

        assertTrue(ProviderPortMapper.dryRun(xmlAction));
        assertEquals("net-1", ProviderPortMapper.networkId(xmlAction));
        assertTrue(ProviderPortMapper.dryRun(jsonAction));
        assertEquals("net-1", ProviderPortMapper.networkId(jsonAction));
    }

    @Test
    void shouldReconcileEverythingForRealWhenTheActionIsEmpty() throws Exception {
        Action empty = xml(Action.class, "<action/>");

        assertFalse(ProviderPortMapper.dryRun(empty));
        assertNull(ProviderPortMapper.networkId(empty));
        assertFalse(ProviderPortMapper.dryRun(null));
        assertNull(ProviderPortMapper.networkId(null));
    }

    @Test
    void shouldRefuseANetworkWithoutIdWhenTheActionNamesOne() throws Exception {
        Action noId = xml(Action.class, "<action><openstack_network><name>x</name></openstack_network></action>");

        assertThrows(InvalidRepresentationException.class, () -> ProviderPortMapper.networkId(noId));
    }
}
