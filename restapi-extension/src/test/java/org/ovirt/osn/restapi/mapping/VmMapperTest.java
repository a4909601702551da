package org.ovirt.osn.restapi.mapping;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.engine.Vm;
import org.ovirt.osn.engine.VmNic;
import org.ovirt.osn.engine.VmStatus;
import org.ovirt.osn.restapi.json.JsonbConfigResolver;
import org.ovirt.osn.restapi.model.Action;
import org.ovirt.osn.restapi.model.Mac;
import org.ovirt.osn.restapi.model.Nic;
import org.ovirt.osn.restapi.model.VnicProfile;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VmMapperTest {

    private static final String BASE = "/ovirt-engine/api";
    private static final UUID CLUSTER = UUID.fromString("3e0c3b6a-1d1f-4f8e-8a0b-6c2d4e6f8a02");
    private static final UUID HOST = UUID.fromString("3e0c3b6a-1d1f-4f8e-8a0b-6c2d4e6f8a05");
    private static final UUID VM = UUID.fromString("3e0c3b6a-1d1f-4f8e-8a0b-6c2d4e6f8a10");
    private static final UUID NIC = UUID.fromString("3e0c3b6a-1d1f-4f8e-8a0b-6c2d4e6f8a11");
    private static final UUID PROFILE = UUID.fromString("3e0c3b6a-1d1f-4f8e-8a0b-6c2d4e6f8a04");

    @Test
    void shouldRoundTripADownVmWithoutHost() {
        Vm vm = new Vm(VM, "vm1", "d", CLUSTER, VmStatus.DOWN, null);

        var model = VmMapper.toModel(vm, BASE);

        assertEquals(BASE + "/vms/" + VM, model.getHref());
        assertEquals("down", model.getStatus());
        assertNull(model.getHost());
        assertEquals(BASE + "/clusters/" + CLUSTER, model.getCluster().getHref());
        assertEquals(BASE + "/vms/" + VM + "/nics", model.getLink().get(0).getHref());
        assertEquals(vm, VmMapper.toNewVm(model, CLUSTER).withId(VM));
    }

    @Test
    void shouldShowTheHostOfARunningVmInXmlAndJson() throws Exception {
        var model = VmMapper.toModel(new Vm(VM, "vm1", null, CLUSTER, VmStatus.UP, HOST), BASE);
        StringWriter xml = new StringWriter();
        JAXBContext.newInstance(org.ovirt.osn.restapi.model.Vm.class).createMarshaller().marshal(model, xml);

        String json = JsonbConfigResolver.jsonb().toJson(model);

        assertTrue(xml.toString().contains("<status>up</status>"), xml.toString());
        assertTrue(xml.toString().contains("<host ") && xml.toString().contains("id=\"" + HOST + "\""),
                xml.toString());
        assertTrue(json.contains("\"status\":\"up\""), json);
        assertTrue(json.contains("\"host\":{"), json);
    }

    @Test
    void shouldRoundTripAVnicWithItsMacAndProfile() throws Exception {
        VmNic nic = new VmNic(NIC, VM, "nic1", "56:6f:00:00:00:01", PROFILE, true, false);

        Nic model = VmMapper.toModel(nic, BASE);
        StringWriter xml = new StringWriter();
        Marshaller marshaller = JAXBContext.newInstance(Nic.class).createMarshaller();
        marshaller.marshal(model, xml);
        String json = JsonbConfigResolver.jsonb().toJson(model);

        assertEquals(BASE + "/vms/" + VM + "/nics/" + NIC, model.getHref());
        assertTrue(xml.toString().contains("<mac><address>56:6f:00:00:00:01</address></mac>"), xml.toString());
        assertTrue(xml.toString().contains("<vnic_profile "), xml.toString());
        assertTrue(xml.toString().contains("<plugged>true</plugged><linked>false</linked>"), xml.toString());
        assertTrue(json.contains("\"vnic_profile\":{"), json);
        assertTrue(json.contains("\"mac\":{\"address\":\"56:6f:00:00:00:01\"}"), json);
        assertEquals(nic, VmMapper.toNewNic(model, VM).withId(NIC));
    }

    @Test
    void shouldDefaultANewVnicToPluggedLinkedWithThePoolMacAndTheEmptyProfile() {
        Nic model = new Nic();
        model.setName("nic1");

        VmNic nic = VmMapper.toNewNic(model, VM);

        assertNull(nic.macAddress());
        assertNull(nic.vnicProfileId());
        assertTrue(nic.plugged());
        assertTrue(nic.linked());
        assertNull(VmMapper.toModel(nic.withId(NIC).withMacAddress("56:6f:00:00:00:02"), BASE).getVnicProfile());
    }

    @Test
    void shouldKeepWhatAnUpdateLeavesOutAndEmptyTheProfileOnAnEmptyReference() {
        VmNic current = new VmNic(NIC, VM, "nic1", "56:6f:00:00:00:01", PROFILE, true, true);
        Nic rename = new Nic();
        rename.setName("eth0");
        Nic empty = new Nic();
        empty.setVnicProfile(new VnicProfile());
        empty.setMac(new Mac("02:00:00:00:00:01"));

        assertEquals(new VmNic(NIC, VM, "eth0", "56:6f:00:00:00:01", PROFILE, true, true),
                VmMapper.applyUpdate(current, rename));
        assertEquals(new VmNic(NIC, VM, "nic1", "02:00:00:00:00:01", null, true, true),
                VmMapper.applyUpdate(current, empty));
    }

    @Test
    void shouldRefuseAPluggedChangeInAnUpdateAndAProfileIdThatIsNoUuid() {
        VmNic current = new VmNic(NIC, VM, "nic1", "56:6f:00:00:00:01", null, true, true);
        Nic unplug = new Nic();
        unplug.setPlugged(false);
        Nic badProfile = new Nic();
        VnicProfile profile = new VnicProfile();
        profile.setId("blue");
        badProfile.setVnicProfile(profile);

        assertThrows(InvalidRepresentationException.class, () -> VmMapper.applyUpdate(current, unplug));
        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> VmMapper.toNewNic(badProfile, VM));
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VNIC_PROFILE_DOESNT_EXIST, e.engineMessage());
    }

    @Test
    void shouldReadTheHostOfAnActionInOvirtsPlacementShapeAndInTheSimpleOne() throws Exception {
        Unmarshaller xml = JAXBContext.newInstance(Action.class).createUnmarshaller();
        Action ovirt = (Action) xml.unmarshal(new StringReader("<action><vm><placement_policy><hosts><host id=\""
                + HOST + "\"/></hosts></placement_policy></vm></action>"));
        Action simple = (Action) xml.unmarshal(new StringReader("<action><host id=\"" + HOST + "\"/></action>"));
        Action json = JsonbConfigResolver.jsonb().fromJson("{\"vm\":{\"placement_policy\":{\"hosts\":{\"host\":[{\"id\":\""
                + HOST + "\"}]}}}}", Action.class);

        assertEquals(HOST.toString(), VmMapper.hostIdOf(ovirt));
        assertEquals(HOST.toString(), VmMapper.hostIdOf(simple));
        assertEquals(HOST.toString(), VmMapper.hostIdOf(json));
        assertNull(VmMapper.hostIdOf(new Action()));
        assertNull(VmMapper.hostIdOf(null));
        assertFalse(HOST.toString().isEmpty());
    }

    @Test
    void shouldShowTheProviderPortOfAVnicInXmlAndJsonAndIgnoreItOnUpdate() throws Exception {
        UUID provider = UUID.fromString("3e0c3b6a-1d1f-4f8e-8a0b-6c2d4e6f8a20");
        VmNic nic = new VmNic(NIC, VM, "nic1", "56:6f:00:00:00:01", PROFILE, true, true);
        org.ovirt.osn.query.VnicPort port = new org.ovirt.osn.query.VnicPort(NIC, provider, "net-1", "host-a",
                "ACTIVE", new org.ovirt.osn.engine.ConnectionDetails("port-1", "OPENSTACK_NETWORK",
                "OVIRT_PROVIDER_OVN", java.util.List.of("sg1", "sg2")));

        Nic model = VmMapper.toModel(nic, port, BASE);
        StringWriter xml = new StringWriter();
        JAXBContext.newInstance(Nic.class).createMarshaller().marshal(model, xml);
        String json = JsonbConfigResolver.jsonb().toJson(model);

        String x = xml.toString();
        assertTrue(x.contains("<provider_port id=\"port-1\">"), x);
        assertTrue(x.contains("<openstack_network_provider id=\"" + provider + "\" href=\"" + BASE
                + "/openstacknetworkproviders/" + provider + "\"/>"), x);
        assertTrue(x.contains("<openstack_network id=\"net-1\" href=\"" + BASE + "/openstacknetworkproviders/"
                + provider + "/networks/net-1\"/>"), x);
        assertTrue(x.contains("<provider_type>OPENSTACK_NETWORK</provider_type><plugin_type>OVIRT_PROVIDER_OVN"
                + "</plugin_type><security_groups><security_group>sg1</security_group><security_group>sg2"
                + "</security_group></security_groups><host_binding>host-a</host_binding><state>active</state>"), x);
        assertTrue(json.contains("\"provider_port\":{"), json);
        assertTrue(json.contains("\"security_groups\":[\"sg1\",\"sg2\"]"), json);
        assertTrue(json.contains("\"state\":\"active\""), json);
        assertEquals(nic, VmMapper.applyUpdate(nic, model));
    }

    @Test
    void shouldLeaveOutTheProviderPortOfAVnicWithoutOneAndEmptyGroups() {
        VmNic nic = new VmNic(NIC, VM, "nic1", "56:6f:00:00:00:01", PROFILE, true, true);
        assertNull(VmMapper.toModel(nic, null, BASE).getProviderPort());
        org.ovirt.osn.query.VnicPort port = new org.ovirt.osn.query.VnicPort(NIC, UUID.randomUUID(), "net-1", null,
                "DOWN", new org.ovirt.osn.engine.ConnectionDetails("port-1", "EXTERNAL_NETWORK", null,
                java.util.List.of()));

        var model = VmMapper.toModel(nic, port, BASE).getProviderPort();

        assertNull(model.getSecurityGroups());
        assertNull(model.getPluginType());
        assertEquals("down", model.getState());
    }
}
