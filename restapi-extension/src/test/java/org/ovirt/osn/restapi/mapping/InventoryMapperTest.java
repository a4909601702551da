package org.ovirt.osn.restapi.mapping;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.Marshaller;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.engine.Cluster;
import org.ovirt.osn.engine.DataCenter;
import org.ovirt.osn.engine.Host;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.engine.NetworkClusterAttachment;
import org.ovirt.osn.engine.VnicProfile;
import org.ovirt.osn.restapi.json.JsonbConfigResolver;
import org.ovirt.osn.restapi.model.CustomProperties;
import org.ovirt.osn.restapi.model.CustomProperty;
import org.ovirt.osn.restapi.model.Network;
import org.ovirt.osn.restapi.model.OpenStackNetworkProvider;
import org.ovirt.osn.restapi.model.Usages;
import org.ovirt.osn.restapi.model.Vlan;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InventoryMapperTest {

    private static final String BASE = "/ovirt-engine/api";
    private static final UUID DC = UUID.fromString("3e0c3b6a-1d1f-4f8e-8a0b-6c2d4e6f8a01");
    private static final UUID CLUSTER = UUID.fromString("3e0c3b6a-1d1f-4f8e-8a0b-6c2d4e6f8a02");
    private static final UUID NET = UUID.fromString("3e0c3b6a-1d1f-4f8e-8a0b-6c2d4e6f8a03");
    private static final LogicalNetwork NETWORK =
            new LogicalNetwork(NET, DC, "private net", "d", 1442, 10, false, "on3e0c3b6a1d1f");

    @Test
    void shouldRoundTripADataCenterAndLinkItsNetworks() {
        DataCenter dc = new DataCenter(DC, "Default", "d");

        var model = InventoryMapper.toModel(dc, BASE);

        assertEquals(BASE + "/datacenters/" + DC, model.getHref());
        assertEquals(BASE + "/datacenters/" + DC + "/networks", model.getLink().get(0).getHref());
        assertEquals(dc, InventoryMapper.toNewDataCenter(model).withId(DC));
    }

    @Test
    void shouldRoundTripAClusterWithItsDataCenterReference() {
        Cluster cluster = new Cluster(CLUSTER, "c1", "d", DC);

        var model = InventoryMapper.toModel(cluster, BASE);

        assertEquals(DC.toString(), model.getDataCenter().getId());
        assertEquals(BASE + "/datacenters/" + DC, model.getDataCenter().getHref());
        assertNull(model.getDataCenter().getName());
        assertEquals(cluster, InventoryMapper.toNewCluster(model, DC).withId(CLUSTER));
    }

    @Test
    void shouldRoundTripEveryFieldOfANetworkButTheEnginePickedVdsmName() {
        Network model = InventoryMapper.toModel(NETWORK, BASE);

        LogicalNetwork back = InventoryMapper.toNewNetwork(model, DC).withId(NET);

        assertEquals(new LogicalNetwork(NET, DC, "private net", "d", 1442, 10, false, null), back);
        assertEquals("on3e0c3b6a1d1f", model.getVdsmName());
        assertEquals(List.of(), model.getUsages().getUsage());
        assertEquals(BASE + "/networks/" + NET + "/vnicprofiles", model.getLink().get(0).getHref());
    }

    @Test
    void shouldRenderVmUsageTheDefaultMtuAndNoVlanAsTheEngineDoes() {
        Network model = InventoryMapper.toModel(new LogicalNetwork(NET, DC, "red", null, 0, null, true, "red"), BASE);

        assertEquals(0, model.getMtu());
        assertNull(model.getVlan());
        assertEquals(List.of("vm"), model.getUsages().getUsage());
    }

    @Test
    void shouldMakeAVmNetworkWithDefaultMtuAndNoVlanWhenAnAddLeavesThemOut() {
        Network model = new Network();
        model.setName("red");
        model.setVlan(new Vlan());

        assertEquals(new LogicalNetwork(null, DC, "red", null, 0, null, true, null),
                InventoryMapper.toNewNetwork(model, DC));
    }

    @Test
    void shouldRoundTripTheDefaultNetworkProviderOfAClusterInXmlAndJson() throws Exception {
        UUID provider = UUID.fromString("3e0c3b6a-1d1f-4f8e-8a0b-6c2d4e6f8a09");
        Cluster cluster = new Cluster(CLUSTER, "c", null, DC, provider);

        org.ovirt.osn.restapi.model.Cluster model = InventoryMapper.toModel(cluster, BASE);
        StringWriter xml = new StringWriter();
        JAXBContext.newInstance(org.ovirt.osn.restapi.model.Cluster.class).createMarshaller().marshal(model, xml);
        assertTrue(xml.toString().contains("<external_network_providers><external_provider id=\"" + provider
                + "\" href=\"" + BASE + "/openstacknetworkproviders/" + provider + "\"/>"), xml.toString());
        org.ovirt.osn.restapi.model.Cluster read = (org.ovirt.osn.restapi.model.Cluster) JAXBContext
                .newInstance(org.ovirt.osn.restapi.model.Cluster.class).createUnmarshaller()
                .unmarshal(new java.io.StringReader(xml.toString()));
        String json = JsonbConfigResolver.jsonb().toJson(model);
        org.ovirt.osn.restapi.model.Cluster fromJson = JsonbConfigResolver.jsonb().fromJson(json,
                org.ovirt.osn.restapi.model.Cluster.class);

        assertEquals(provider, InventoryMapper.toNewCluster(read, DC).defaultNetworkProviderId());
        assertEquals(provider, InventoryMapper.toNewCluster(fromJson, DC).defaultNetworkProviderId());
        assertNull(InventoryMapper.toModel(new Cluster(CLUSTER, "c", null, DC), BASE).getExternalNetworkProviders());
    }

    @Test
    void shouldRefuseAnExternalProviderOnPlainAddAndOnUpdate() {
        Network model = new Network();
        model.setName("exported");
        OpenStackNetworkProvider provider = new OpenStackNetworkProvider();
        provider.setId(UUID.randomUUID().toString());
        model.setExternalProvider(provider);

        InvalidRepresentationException add = assertThrows(InvalidRepresentationException.class,
                () -> InventoryMapper.toNewNetwork(model, DC));
        assertThrows(InvalidRepresentationException.class, () -> InventoryMapper.applyUpdate(NETWORK, model));
        assertTrue(add.getMessage().contains("cannot be given here"), add.getMessage());
    }

    @Test
    void shouldRefuseAnUnknownUsage() {
        Network model = new Network();
        Usages usages = new Usages();
        usages.getUsage().add("storage");
        model.setUsages(usages);

        InvalidRepresentationException e = assertThrows(InvalidRepresentationException.class,
                () -> InventoryMapper.toNewNetwork(model, DC));
        assertTrue(e.getMessage().contains("storage"));
    }

    @Test
    void shouldKeepWhatAnUpdateLeavesOutAndClearTheVlanOnAnEmptyVlan() {
        Network rename = new Network();
        rename.setName("renamed");
        Network clearVlan = new Network();
        clearVlan.setVlan(new Vlan());
        Network vm = new Network();
        Usages usages = new Usages();
        usages.getUsage().add("VM");
        vm.setUsages(usages);
        vm.setVdsmName("ignored");

        assertEquals(new LogicalNetwork(NET, DC, "renamed", "d", 1442, 10, false, "on3e0c3b6a1d1f"),
                InventoryMapper.applyUpdate(NETWORK, rename));
        assertNull(InventoryMapper.applyUpdate(NETWORK, clearVlan).vlanId());
        assertEquals(new LogicalNetwork(NET, DC, "private net", "d", 1442, 10, true, "on3e0c3b6a1d1f"),
                InventoryMapper.applyUpdate(NETWORK, vm));
    }

    @Test
    void shouldRefuseMovingANetworkToAnotherDataCenterButAcceptItsOwn() {
        Network own = InventoryMapper.toModel(NETWORK, BASE);
        Network moved = new Network();
        moved.setDataCenter(new org.ovirt.osn.restapi.model.DataCenter());
        moved.getDataCenter().setId(UUID.randomUUID().toString());

        assertEquals(NETWORK, InventoryMapper.applyUpdate(NETWORK, own));
        assertThrows(InvalidRepresentationException.class, () -> InventoryMapper.applyUpdate(NETWORK, moved));
    }

    @Test
    void shouldShowTheClusterAndTheRequiredFlagOfAnAttachedNetwork() {
        Network model = InventoryMapper.toModel(NETWORK, new NetworkClusterAttachment(NET, CLUSTER, true), BASE);

        assertEquals(CLUSTER.toString(), model.getCluster().getId());
        assertEquals(Boolean.TRUE, model.getRequired());
    }

    @Test
    void shouldRoundTripAVnicProfileWithCustomPropertiesAndPublicUse() {
        VnicProfile profile = new VnicProfile(UUID.randomUUID(), NET, "p", "d", true,
                Map.of(VnicProfile.SECURITY_GROUPS, "", "other", "v"));

        var model = InventoryMapper.toModel(profile, BASE);

        assertEquals(NET.toString(), model.getNetwork().getId());
        assertEquals(profile, InventoryMapper.toNewVnicProfile(model, NET).withId(profile.id()));
    }

    @Test
    void shouldTakeAValuelessCustomPropertyAsEmptyAndRefuseUnnamedOrRepeatedOnes() {
        var model = new org.ovirt.osn.restapi.model.VnicProfile();
        model.setCustomProperties(new CustomProperties());
        model.getCustomProperties().getCustomProperty().add(new CustomProperty(VnicProfile.SECURITY_GROUPS, null));

        assertEquals(Map.of(VnicProfile.SECURITY_GROUPS, ""),
                InventoryMapper.toNewVnicProfile(model, NET).customProperties());
        assertEquals(false, InventoryMapper.toNewVnicProfile(model, NET).publicUse());

        model.getCustomProperties().getCustomProperty().add(new CustomProperty(VnicProfile.SECURITY_GROUPS, "x"));
        assertThrows(InvalidRepresentationException.class, () -> InventoryMapper.toNewVnicProfile(model, NET));
        model.getCustomProperties().getCustomProperty().set(1, new CustomProperty(" ", "x"));
        assertThrows(InvalidRepresentationException.class, () -> InventoryMapper.toNewVnicProfile(model, NET));
    }

    @Test
    void shouldRoundTripAHostWithItsClusterReference() {
        Host host = new Host(UUID.randomUUID(), "h1", "d", "h1.lab", CLUSTER);

        var model = InventoryMapper.toModel(host, BASE);

        assertEquals(BASE + "/clusters/" + CLUSTER, model.getCluster().getHref());
        assertEquals(host, InventoryMapper.toNewHost(model, CLUSTER).withId(host.id()));
    }

    @Test
    void shouldRenderTheOvirtElementNamesInXmlAndJson() throws Exception {
        Network model = InventoryMapper.toModel(NETWORK, BASE);
        StringWriter xml = new StringWriter();
        Marshaller marshaller = JAXBContext.newInstance(Network.class).createMarshaller();
        marshaller.marshal(model, xml);

        String json = JsonbConfigResolver.jsonb().toJson(model);

        assertTrue(xml.toString().contains("<network href=\"" + BASE + "/networks/" + NET + "\" id=\"" + NET + "\">")
                || xml.toString().contains("<network id=\"" + NET + "\" href=\"" + BASE + "/networks/" + NET + "\">"),
                xml.toString());
        assertTrue(xml.toString().contains("<data_center "), xml.toString());
        assertTrue(xml.toString().contains("<vlan id=\"10\"/>"), xml.toString());
        assertTrue(xml.toString().contains("<mtu>1442</mtu>"), xml.toString());
        assertTrue(xml.toString().contains("<vdsm_name>on3e0c3b6a1d1f</vdsm_name>"), xml.toString());
        assertTrue(json.contains("\"data_center\":{"), json);
        assertTrue(json.contains("\"vlan\":{\"id\":10}"), json);
        assertTrue(json.contains("\"vdsm_name\":\"on3e0c3b6a1d1f\""), json);
    }
}
