package org.ovirt.osn.provider.neutron;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxies;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.ProviderException;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NeutronProxyFactoriesTest {

    private static NeutronClientHolder clients;

    @BeforeAll
    static void createClients() {
        clients = new NeutronClientHolder(TestProviders.config());
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    @Test
    void shouldServeBothProviderTypesWhenBothFactoriesAreDiscovered() {
        NetworkProviderProxies proxies = new NetworkProviderProxies(List.of(
                new NeutronNetworkProviderProxyFactory(clients), new ExternalNetworkProviderProxyFactory(clients)));

        for (NetworkProviderType type : List.of(NetworkProviderType.NEUTRON, NetworkProviderType.EXTERNAL)) {
            NetworkProvider provider = TestProviders.provider(type, "http://127.0.0.1:9696").build();
            assertInstanceOf(NeutronNetworkProviderProxy.class, proxies.proxyFor(provider));
        }
    }

    @Test
    void shouldRefuseAProviderOfTheOtherType() {
        NetworkProvider external = TestProviders.provider(NetworkProviderType.EXTERNAL, "http://127.0.0.1:9696")
                .build();

        assertThrows(IllegalArgumentException.class,
                () -> new NeutronNetworkProviderProxyFactory(clients).create(external));
    }

    @Test
    void shouldNotShowThePasswordInTheProxy() {
        NetworkProvider provider = TestProviders.provider(NetworkProviderType.NEUTRON, "http://127.0.0.1:9696")
                .keystone("http://127.0.0.1:5000/v3", "ovirt", TestProviders.PASSWORD).build();

        String shown = new NeutronNetworkProviderProxyFactory(clients).create(provider).toString();

        assertFalse(shown.contains(TestProviders.PASSWORD), shown);
    }

    @Test
    void shouldMaskCredentialsTypedIntoAUrl() {
        NeutronHttp.Call call = NeutronHttp.Call.get(URI.create("http://admin:" + TestProviders.PASSWORD
                + "@127.0.0.1:9696/v2.0/"));

        assertEquals("GET http://***@127.0.0.1:9696/v2.0/", call.describe());
        assertEquals(call.describe(), call.withHeader("X-Auth-Token", "t").toString());
    }

    @Test
    void shouldReportAMissingUserOrAuthenticationUrlWithoutCallingKeystone() {
        NetworkProvider noUrl = TestProviders.provider(NetworkProviderType.NEUTRON, "http://127.0.0.1:9696")
                .keystone(null, "ovirt", TestProviders.PASSWORD).tenant("service").build();
        NetworkProvider noUser = TestProviders.provider(NetworkProviderType.NEUTRON, "http://127.0.0.1:9696")
                .keystone("http://127.0.0.1:5000/v3", " ", TestProviders.PASSWORD).build();

        for (Map.Entry<NetworkProvider, String> c : Map.of(noUrl, "no authentication URL is configured",
                noUser, "no user name is configured").entrySet()) {
            ProviderException e = assertThrows(ProviderException.class,
                    () -> new NeutronNetworkProviderProxyFactory(clients).create(c.getKey()).testConnection());
            assertTrue(e.getMessage().endsWith(c.getValue()), e.getMessage());
        }
    }
}
