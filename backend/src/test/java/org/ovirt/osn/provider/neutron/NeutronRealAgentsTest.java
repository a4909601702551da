package org.ovirt.osn.provider.neutron;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.ProviderAgent;
import org.ovirt.osn.provider.ProviderNetworkSpec;
import org.ovirt.osn.provider.ProviderSegment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The agents a real Neutron reports, from real agents (scripts/neutron-agent.py over RabbitMQ), and the segments of
 * a routed network (the agents' Neutron has the segments plugin); and that ovirt-provider-ovn, which has neither
 * API, reports none.
 */
class NeutronRealAgentsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static NeutronClientHolder clients;

    @BeforeAll
    static void createClients() {
        clients = new NeutronClientHolder(TestProviders.config(
                "osn.provider.connect.timeout", "5", "osn.provider.read.timeout", "30"));
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    private static Optional<ProviderAgent> agentOf(NetworkProviderProxy proxy, String host) {
        return proxy.listAgents().stream().filter(a -> host.equals(a.host())).findFirst();
    }

    @Test
    void shouldReportAnAgentsMappingsAndTunnelsWhileItIsAliveAndDeadOnceItStops() throws InterruptedException {
        NetworkProviderProxy proxy = new NeutronNetworkProviderProxyFactory(clients).create(
                RealNeutron.noauth(RealNeutronAgent.NEUTRON_URL));
        String host = RealNeutron.runPrefix("agent-host");
        try (RealNeutronAgent agent = RealNeutronAgent.start(host, "physnet1:br-ex,physnet2:br-p2", "vxlan")) {
            ProviderAgent reported = agentOf(proxy, host).orElseThrow(() -> new AssertionError(
                    "no agent of " + host + " in " + proxy.listAgents()));
            assertTrue(reported.alive());
            assertTrue(reported.isL2());
            assertEquals("Open vSwitch agent", reported.agentType());
            assertEquals(Set.of("physnet1", "physnet2"), reported.physicalNetworks());
            assertEquals(List.of("vxlan"), reported.tunnelTypes());

            agent.kill();
            // Neutron of the agents' instance marks an agent dead after agent_down_time (6 s in ./test)
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (agentOf(proxy, host).orElseThrow().alive() && Instant.now().isBefore(deadline)) {
                Thread.sleep(1000);
            }
            assertFalse(agentOf(proxy, host).orElseThrow().alive(), "still alive after it stopped reporting");
        }
        assertTrue(agentOf(proxy, host).isEmpty(), "close() deletes the agent from Neutron");
    }

    @Test
    void shouldListEverySegmentOfARoutedNetwork() throws Exception {
        NetworkProviderProxy proxy = new NeutronNetworkProviderProxyFactory(clients).create(
                RealNeutron.noauth(RealNeutronAgent.NEUTRON_URL));
        // flat on a physical network of this run's own: only one flat network may use a physical network
        String physical = RealNeutron.runPrefix("phys");
        String network = proxy.addNetwork(ProviderNetworkSpec.flat(RealNeutron.runPrefix("routed"), physical))
                .externalId();
        try {
            HttpResponse<String> added = HTTP.send(HttpRequest.newBuilder(URI.create(RealNeutronAgent.NEUTRON_URL
                    + "/v2.0/segments")).header("Content-Type", "application/json").POST(
                    HttpRequest.BodyPublishers.ofString("{\"segment\": {\"network_id\": \"" + network
                            + "\", \"network_type\": \"vlan\", \"physical_network\": \"physnet2\"}}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, added.statusCode(), added.body() + RealNeutronAgent.NOT_RUNNING);

            List<ProviderSegment> segments = proxy.listSegments().filter(s -> network.equals(s.networkId())).toList();

            assertEquals(Set.of(physical + "/flat", "physnet2/vlan"), segments.stream()
                    .map(s -> s.physicalNetwork() + "/" + s.networkType()).collect(Collectors.toSet()));
        } finally {
            proxy.removeNetwork(network);
        }
    }

    @Test
    void shouldReportNoAgentsForOvirtProviderOvnWhichHasNoAgentApi() {
        try (EmulatedOvirtProviderOvn ovn = EmulatedOvirtProviderOvn.start()) {
            NetworkProviderProxy proxy = new ExternalNetworkProviderProxyFactory(clients).create(
                    TestProviders.provider(NetworkProviderType.EXTERNAL, ovn.url()).build());

            assertEquals(List.of(), proxy.listAgents());
            assertEquals(1, ovn.requests("GET /v2.0/agents"), "asked once, answered 404 as the real one does");
            assertEquals(List.of(), proxy.listSegments().toList(), "no segments API there either");
        }
    }
}
