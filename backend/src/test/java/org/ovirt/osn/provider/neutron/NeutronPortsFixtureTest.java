package org.ovirt.osn.provider.neutron;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.PortSpec;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.ProviderPort;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ovirt.osn.provider.neutron.FixtureServer.respond;

/** Port calls against answers a healthy Neutron does not give: switched-off bulk, short or empty answers. */
class NeutronPortsFixtureTest {

    private static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static NeutronClientHolder clients;
    private FixtureServer server;
    private NetworkProviderProxy proxy;

    @BeforeAll
    static void createClients() {
        clients = new NeutronClientHolder(TestProviders.config("osn.provider.read.timeout", "5"));
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    @BeforeEach
    void startServer() {
        // a Neutron: it lists Neutron's extensions, so bulk creates are tried
        server = FixtureServer.http().on("GET /v2.0/extensions", 200, JSON,
                FixtureServer.fixture("neutron-extensions.json"));
        proxy = new NeutronNetworkProviderProxyFactory(clients)
                .create(TestProviders.provider(NetworkProviderType.NEUTRON, server.url()).build());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static List<PortSpec> specs(int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> PortSpec.on("n1").withDevice("vnic-" + i, "oVirt")).toList();
    }

    /** Creates single ports p0, p1, … and refuses bulk requests with {@code bulkAnswer}. */
    private void singlesOnly(int status, String bulkAnswer) {
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        server.on("POST /v2.0/ports", (exchange, request) -> {
            JsonNode body = MAPPER.readTree(request.body());
            if (body.has("ports")) {
                respond(exchange, status, JSON, bulkAnswer);
                return;
            }
            String id = "p" + made.getAndIncrement();
            server.on("DELETE /v2.0/ports/" + id, 204, null, null);
            respond(exchange, 201, JSON, "{\"port\": {\"id\": \"" + id + "\", \"network_id\": \"n1\", \"device_id\": "
                    + body.at("/port/device_id") + "}}");
        });
    }

    @Test
    void shouldCreateOneByOneWhenNeutronHasBulkSwitchedOff() {
        singlesOnly(400, "{\"NeutronError\": {\"type\": \"HTTPBadRequest\", \"message\": \"Bulk operation not"
                + " supported\", \"detail\": \"\"}}");

        List<ProviderPort> created = proxy.createPorts(specs(3));

        assertEquals(List.of("p0", "p1", "p2"), created.stream().map(ProviderPort::id).toList());
        assertEquals(4, server.count("POST", "/v2.0/ports"));
    }

    @Test
    void shouldNotFallBackWhenNeutronRefusesAnItemOfTheBulk() {
        singlesOnly(400, "{\"NeutronError\": {\"type\": \"HTTPBadRequest\", \"message\": \"Invalid input for"
                + " mac_address. Reason: 'zz' is not a valid MAC address.\", \"detail\": \"\"}}");

        ProviderException e = assertThrows(ProviderException.class, () -> proxy.createPorts(specs(2)));

        assertEquals(ProviderErrorCode.BAD_REQUEST, e.code());
        assertEquals(1, server.count("POST", "/v2.0/ports"));
    }

    @Test
    void shouldDeleteWhatABulkCreatedWhenTheAnswerHasFewerPortsThanAskedFor() throws IOException {
        server.on("POST /v2.0/ports", 201, JSON, "{\"ports\": [{\"id\": \"q0\"}]}")
                .on("DELETE /v2.0/ports/q0", 204, null, null);

        ProviderException e = assertThrows(ProviderException.class, () -> proxy.createPorts(specs(2)));

        assertAll(
                () -> assertEquals(ProviderErrorCode.BAD_RESPONSE, e.code()),
                () -> assertTrue(e.getMessage().contains("created 1 ports for a request of 2"), e.getMessage()),
                () -> assertEquals(1, server.count("DELETE", "/v2.0/ports/q0")));
    }

    @Test
    void shouldReportABadResponseWhenTheAnswerHasNoPort() {
        server.on("POST /v2.0/ports", 201, JSON, "{\"port\": null}");

        ProviderException e = assertThrows(ProviderException.class, () -> proxy.createPort(specs(1).get(0)));

        assertEquals(ProviderErrorCode.BAD_RESPONSE, e.code());
        assertTrue(e.getMessage().contains("no 'port'"), e.getMessage());
    }

    @Test
    void shouldNotTakeAnHtml404ForADeletedPort() {
        server.on("DELETE /v2.0/ports/p9", 404, "text/html", "<html><body>404 Not Found</body></html>");

        ProviderException e = assertThrows(ProviderException.class, () -> proxy.deletePort("p9"));

        assertEquals(ProviderErrorCode.NOT_FOUND, e.code(), "a proxy's page says nothing about the port");
    }
}
