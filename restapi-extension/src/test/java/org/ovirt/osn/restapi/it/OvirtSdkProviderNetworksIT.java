package org.ovirt.osn.restapi.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ovirt.engine.sdk4.Connection;
import org.ovirt.engine.sdk4.ConnectionBuilder;
import org.ovirt.engine.sdk4.Error;
import org.ovirt.engine.sdk4.services.OpenstackNetworkProviderService;
import org.ovirt.engine.sdk4.services.OpenstackNetworkService;
import org.ovirt.engine.sdk4.services.OpenstackSubnetsService;
import org.ovirt.engine.sdk4.types.Cluster;
import org.ovirt.engine.sdk4.types.DataCenter;
import org.ovirt.engine.sdk4.types.Network;
import org.ovirt.engine.sdk4.types.OpenStackNetwork;
import org.ovirt.engine.sdk4.types.OpenStackNetworkProvider;
import org.ovirt.engine.sdk4.types.OpenStackNetworkProviderType;
import org.ovirt.engine.sdk4.types.OpenStackSubnet;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ovirt.engine.sdk4.builders.Builders.cluster;
import static org.ovirt.engine.sdk4.builders.Builders.dataCenter;
import static org.ovirt.engine.sdk4.builders.Builders.externalProvider;
import static org.ovirt.engine.sdk4.builders.Builders.network;
import static org.ovirt.engine.sdk4.builders.Builders.openStackNetworkProvider;
import static org.ovirt.engine.sdk4.builders.Builders.openStackSubnet;

/**
 * The official oVirt Java SDK (4.4.5) driving provider networks: list networks, {@code import_()} into a data center
 * added through the SDK, then subnets add, list, get and remove; a network created on the provider (add with
 * {@code externalProvider}) and a cluster added with the provider as its default network provider.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Timeout(90)
class OvirtSdkProviderNetworksIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    private final RealNeutronNetworks neutron = new RealNeutronNetworks();
    private Connection connection;
    private String providerId;
    private String dataCenterId;

    @BeforeEach
    void connect() {
        connection = ConnectionBuilder.connection()
                .url(Http.BASE + "/api")
                .user("admin@internal")
                .password(Http.adminPassword())
                .timeout(30)
                .build();
    }

    @AfterEach
    void close() throws Exception {
        try {
            if (dataCenterId != null) {
                connection.systemService().dataCentersService().dataCenterService(dataCenterId).remove().send();
            }
            if (providerId != null) {
                connection.systemService().openstackNetworkProvidersService().providerService(providerId).remove()
                        .send();
            }
        } finally {
            neutron.close();
            connection.close();
        }
    }

    @Test
    void shouldListImportAndManageSubnetsOfAProviderNetwork() {
        String name = Http.uniqueName("sdknet");
        String external = neutron.vlan(name);
        OpenStackNetworkProvider provider = connection.systemService().openstackNetworkProvidersService().add()
                .provider(openStackNetworkProvider().name(Http.uniqueName("sdk-nets"))
                        .type(OpenStackNetworkProviderType.NEUTRON).url(RealNeutronNetworks.NEUTRON)
                        .requiresAuthentication(false))
                .send().provider();
        providerId = provider.id();
        String dcName = Http.uniqueName("sdkdc");
        DataCenter dc = connection.systemService().dataCentersService().add()
                .dataCenter(dataCenter().name(dcName).local(false)).send().dataCenter();
        dataCenterId = dc.id();
        OpenstackNetworkProviderService providerService = connection.systemService()
                .openstackNetworkProvidersService().providerService(providerId);

        List<OpenStackNetwork> networks = providerService.networksService().list().send().networks();
        OpenStackNetwork listed = networks.stream().filter(n -> n.id().equals(external)).findFirst().orElseThrow();
        assertEquals(name, listed.name());
        assertEquals(providerId, listed.openstackNetworkProvider().id());

        OpenstackNetworkService networkService = providerService.networksService().networkService(external);
        networkService.import_().dataCenter(dataCenter().name(dcName)).send();
        List<Network> inDc = connection.systemService().dataCentersService().dataCenterService(dataCenterId)
                .networksService().list().send().networks();
        assertEquals(1, inDc.stream().filter(n -> n.name().equals(name)).count());
        Error again = assertThrows(Error.class,
                () -> networkService.import_().dataCenter(dataCenter().id(dataCenterId)).send());
        assertTrue(again.getMessage().contains("409"), again.getMessage());

        OpenstackSubnetsService subnets = networkService.subnetsService();
        OpenStackSubnet added = subnets.add().subnet(openStackSubnet().name("sdk-subnet").cidr("10.64.0.0/24")
                .ipVersion("v4").gateway("10.64.0.1").dnsServers("8.8.8.8", "8.8.4.4")).send().subnet();
        assertEquals("10.64.0.0/24", added.cidr());
        assertEquals(List.of("8.8.8.8", "8.8.4.4"), added.dnsServers());
        // what the SDK was told is what Neutron holds, not only what the module echoes
        JsonObject onNeutron = RealNeutronNetworks.subnet(added.id());
        assertEquals(List.of(external, "sdk-subnet", "10.64.0.0/24", 4, "10.64.0.1"),
                List.of(onNeutron.getString("network_id"), onNeutron.getString("name"), onNeutron.getString("cidr"),
                        onNeutron.getInt("ip_version"), onNeutron.getString("gateway_ip")));
        assertEquals(List.of("8.8.8.8", "8.8.4.4"), onNeutron.getJsonArray("dns_nameservers").stream()
                .map(v -> ((JsonString) v).getString()).toList());
        assertEquals(1, subnets.list().send().subnets().size());
        assertEquals("sdk-subnet", subnets.subnetService(added.id()).get().send().subnet().name());
        subnets.subnetService(added.id()).remove().send();
        assertTrue(subnets.list().send().subnets().isEmpty());
        assertEquals(List.of(), RealNeutronNetworks.subnetsOn(external), "removed on Neutron too");
    }

    @Test
    void shouldCreateANetworkOnTheProviderAndAClusterWithItAsDefaultProvider() {
        providerId = connection.systemService().openstackNetworkProvidersService().add()
                .provider(openStackNetworkProvider().name(Http.uniqueName("sdk-export"))
                        .type(OpenStackNetworkProviderType.NEUTRON).url(RealNeutronNetworks.NEUTRON)
                        .requiresAuthentication(false))
                .send().provider().id();
        dataCenterId = connection.systemService().dataCentersService().add()
                .dataCenter(dataCenter().name(Http.uniqueName("sdkxdc")).local(false)).send().dataCenter().id();
        String name = Http.uniqueName("sdk-exported");

        Network exported = connection.systemService().networksService().add()
                .network(network().name(name).dataCenter(dataCenter().id(dataCenterId))
                        .externalProvider(openStackNetworkProvider().id(providerId)))
                .send().network();
        RealNeutronNetworks.idsNamed(name).forEach(neutron::track);

        assertEquals(name, exported.name());
        assertEquals(providerId, exported.externalProvider().id());
        assertEquals(1, RealNeutronNetworks.idsNamed(name).size(), "created on Neutron");

        Cluster cluster = connection.systemService().clustersService().add()
                .cluster(cluster().name(Http.uniqueName("sdkxcl")).dataCenter(dataCenter().id(dataCenterId))
                        .externalNetworkProviders(externalProvider().id(providerId)))
                .send().cluster();
        try {
            assertEquals(providerId, Http.get("/clusters/" + cluster.id(), Http.XML)
                    .xpath("/cluster/external_network_providers/external_provider/@id"), "the SDK's form is read");
        } finally {
            connection.systemService().clustersService().clusterService(cluster.id()).remove().send();
            connection.systemService().networksService().networkService(exported.id()).remove().send();
        }
    }
}
