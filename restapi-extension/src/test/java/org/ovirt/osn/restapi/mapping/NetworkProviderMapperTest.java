package org.ovirt.osn.restapi.mapping;

import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.restapi.model.OpenStackNetworkProvider;
import org.ovirt.osn.restapi.model.Properties;
import org.ovirt.osn.restapi.model.Property;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkProviderMapperTest {

    private static final UUID ID = UUID.fromString("6f2a9a52-5b4e-4b8e-9a37-2c0d1f7e8a10");

    private static NetworkProvider provider(String password) {
        return new NetworkProvider(ID, "ovn", "desc", NetworkProviderType.EXTERNAL, "https://ovn:9696", true,
                "admin@internal", password, "https://ovn:35357/v2.0", "tenant", "Default", "service", "Default",
                "OVIRT_PROVIDER_OVN", true, true, Map.of("a", "1", "b", "2"));
    }

    @Test
    void shouldRoundTripEveryFieldButThePassword() {
        OpenStackNetworkProvider model = NetworkProviderMapper.toModel(provider("secret"), "/href");
        model.setPassword("secret");

        NetworkProvider back = NetworkProviderMapper.toNewDomain(model).withId(ID);

        assertEquals(provider("secret"), back);
    }

    @Test
    void shouldNeverRenderThePassword() {
        OpenStackNetworkProvider model = NetworkProviderMapper.toModel(provider("secret"), "/href");

        assertNull(model.getPassword());
        assertEquals("/href", model.getHref());
        assertEquals(ID.toString(), model.getId());
    }

    @Test
    void shouldDefaultTypeToNeutronAndFlagsToFalseOnAdd() {
        OpenStackNetworkProvider model = new OpenStackNetworkProvider();
        model.setName("n");
        model.setUrl("http://h:9696");

        NetworkProvider provider = NetworkProviderMapper.toNewDomain(model);

        assertEquals(NetworkProviderType.NEUTRON, provider.type());
        assertFalse(provider.requiresAuthentication());
        assertFalse(provider.readOnly());
        assertEquals(Map.of(), provider.customProperties());
    }

    @Test
    void shouldKeepWhatAnUpdateLeavesOutAndNotCarryThePassword() {
        OpenStackNetworkProvider change = new OpenStackNetworkProvider();
        change.setUrl("https://other:9696");
        change.setReadOnly(false);

        NetworkProvider updated = NetworkProviderMapper.applyUpdate(provider("secret"), change, ID);

        assertEquals("https://other:9696", updated.url());
        assertFalse(updated.readOnly());
        assertEquals("ovn", updated.name());
        assertEquals(Map.of("a", "1", "b", "2"), updated.customProperties());
        assertNull(updated.password(), "no password in the update means: keep the stored one");
    }

    @Test
    void shouldReplaceAllPropertiesWhenAnUpdateGivesThem() {
        OpenStackNetworkProvider change = new OpenStackNetworkProvider();
        Properties properties = new Properties();
        properties.setProperty(List.of(new Property("c", "3")));
        change.setProperties(properties);

        assertEquals(Map.of("c", "3"),
                NetworkProviderMapper.applyUpdate(provider("x"), change, ID).customProperties());
    }

    @Test
    void shouldRefuseUnknownTypeDuplicatePropertyAndForeignPluginType() {
        OpenStackNetworkProvider badType = new OpenStackNetworkProvider();
        badType.setType("glance");
        OpenStackNetworkProvider duplicate = new OpenStackNetworkProvider();
        Properties properties = new Properties();
        properties.setProperty(List.of(new Property("k", "1"), new Property("k", "2")));
        duplicate.setProperties(properties);
        OpenStackNetworkProvider plugin = new OpenStackNetworkProvider();
        plugin.setPluginType("linux_bridge");

        assertThrows(InvalidRepresentationException.class, () -> NetworkProviderMapper.toNewDomain(badType));
        assertThrows(InvalidRepresentationException.class, () -> NetworkProviderMapper.toNewDomain(duplicate));
        assertThrows(InvalidRepresentationException.class, () -> NetworkProviderMapper.toNewDomain(plugin));
    }

    private static NetworkProvider unmanaged() {
        return new NetworkProvider(ID, "lab", null, NetworkProviderType.UNMANAGED, "http://127.0.0.1:1", false, null,
                null, null, null, null, null, null, "CUSTOM", false, false, Map.of());
    }

    @Test
    void shouldShowAnUnmanagedProviderAsAnExternalOneWithTheFlagAsOvirtDoes() {
        OpenStackNetworkProvider model = NetworkProviderMapper.toModel(unmanaged(), "/href");

        assertEquals("external", model.getType());
        assertEquals(Boolean.TRUE, model.getUnmanaged());
        assertEquals(Boolean.FALSE, NetworkProviderMapper.toModel(provider("x"), "/href").getUnmanaged());
        assertEquals(unmanaged(), NetworkProviderMapper.toNewDomain(model).withId(ID));
    }

    @Test
    void shouldMakeTheUnmanagedTypeOfTheFlagWithOrWithoutExternalType() {
        OpenStackNetworkProvider flagOnly = new OpenStackNetworkProvider();
        flagOnly.setName("n");
        flagOnly.setUnmanaged(true);
        OpenStackNetworkProvider external = new OpenStackNetworkProvider();
        external.setName("n");
        external.setType("external");
        external.setUnmanaged(true);

        assertEquals(NetworkProviderType.UNMANAGED, NetworkProviderMapper.toNewDomain(flagOnly).type());
        assertEquals(NetworkProviderType.UNMANAGED, NetworkProviderMapper.toNewDomain(external).type());
    }

    @Test
    void shouldRefuseAnUnmanagedNeutronAndTheTypeNameOvirtDoesNotHave() {
        OpenStackNetworkProvider neutron = new OpenStackNetworkProvider();
        neutron.setType("neutron");
        neutron.setUnmanaged(true);
        OpenStackNetworkProvider typeName = new OpenStackNetworkProvider();
        typeName.setType("unmanaged");

        assertTrue(assertThrows(InvalidRepresentationException.class,
                () -> NetworkProviderMapper.toNewDomain(neutron)).getMessage().contains("external"));
        assertThrows(InvalidRepresentationException.class, () -> NetworkProviderMapper.toNewDomain(typeName));
    }

    @Test
    void shouldKeepAnUnmanagedProviderUnmanagedUnlessAnUpdateClearsTheFlag() {
        OpenStackNetworkProvider rename = new OpenStackNetworkProvider();
        rename.setName("renamed");
        OpenStackNetworkProvider clear = new OpenStackNetworkProvider();
        clear.setUnmanaged(false);

        assertEquals(NetworkProviderType.UNMANAGED, NetworkProviderMapper.applyUpdate(unmanaged(), rename, ID).type());
        // a type change, which the update command then refuses
        assertEquals(NetworkProviderType.EXTERNAL, NetworkProviderMapper.applyUpdate(unmanaged(), clear, ID).type());
    }

    @Test
    void shouldMirrorOpenVswitchAsTheDeprecatedPluginType() {
        OpenStackNetworkProvider in = new OpenStackNetworkProvider();
        in.setName("n");
        in.setUrl("http://h:9696");
        in.setPluginType("open_vswitch");

        NetworkProvider provider = NetworkProviderMapper.toNewDomain(in).withId(ID);
        OpenStackNetworkProvider out = NetworkProviderMapper.toModel(provider, "/h");

        assertEquals("OPEN_VSWITCH", provider.externalPluginType());
        assertEquals("open_vswitch", out.getPluginType());
        assertTrue(NetworkProviderMapper.toModel(provider("s"), "/h").getPluginType() == null);
    }

    @Test
    void shouldKeepAPropertyWithoutValueAsEmpty() {
        OpenStackNetworkProvider in = new OpenStackNetworkProvider();
        Properties properties = new Properties();
        properties.setProperty(List.of(new Property("flag", null)));
        in.setProperties(properties);

        assertEquals(Map.of("flag", ""), NetworkProviderMapper.toNewDomain(in).customProperties());
    }
}
