package org.ovirt.osn.provider.neutron;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.PortFilter;
import org.ovirt.osn.provider.PortSpec;
import org.ovirt.osn.provider.PortUpdate;
import org.ovirt.osn.provider.ProviderCapabilities;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.ProviderNetworkSpec;
import org.ovirt.osn.provider.ProviderSubnetSpec;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.ovirt.osn.provider.neutron.FixtureServer.fixture;
import static org.ovirt.osn.provider.neutron.FixtureServer.respond;

/**
 * Every call of the proxy against every kind of bad answer a broken provider or a proxy in front of it gives:
 * garbage, truncated JSON, an answer over the size limit, JSON of the wrong shape or types, a body that stops coming,
 * a 5xx page. Each ends, within the read timeout, in a typed {@link ProviderException} whose message holds no more
 * than an excerpt of what was sent — never an unchecked parser exception, a hang, or a half-read object.
 */
class NeutronBadAnswersTest {

    private static final String JSON = "application/json";
    private static final int LIMIT = 8192;
    private static final String NET = "8f3a1c2e-0000-4000-8000-000000000001";
    private static final String PORT = "8f3a1c2e-0000-4000-8000-000000000002";
    private static final String SUBNET = "8f3a1c2e-0000-4000-8000-000000000003";

    private static NeutronClientHolder clients;
    private FixtureServer server;

    /** One proxy call: the request that answers it, the object its answer wraps, and the call. */
    private record Call(String name, String route, String wrapper, Consumer<NetworkProviderProxy> invocation) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A bad answer to whatever call is made. */
    private record BadAnswer(String name, ProviderErrorCode code, FixtureServer.Handler handler) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static List<Call> calls() {
        PortSpec port = PortSpec.on(NET).withDevice("vm-nic-1", "oVirt");
        return List.of(
                new Call("testConnection", "GET /v2.0/", "resources", NetworkProviderProxy::testConnection),
                new Call("testConnectivity", "GET /v2.0/", "resources", NetworkProviderProxy::testConnectivity),
                new Call("listNetworks", "GET /v2.0/networks", "networks", p -> p.listNetworks().toList()),
                new Call("getNetwork", "GET /v2.0/networks/" + NET, "network", p -> p.getNetwork(NET)),
                new Call("addNetwork", "POST /v2.0/networks", "network",
                        p -> p.addNetwork(ProviderNetworkSpec.tenant("bad-answers"))),
                new Call("listSubnets", "GET /v2.0/subnets", "subnets", p -> p.listSubnets(NET).toList()),
                new Call("addSubnet", "POST /v2.0/subnets", "subnet",
                        p -> p.addSubnet(NET, ProviderSubnetSpec.ipv4("s", "10.0.0.0/24"))),
                new Call("findPorts", "GET /v2.0/ports", "ports",
                        p -> p.findPorts(PortFilter.byDeviceIds(List.of("vm-nic-1", "vm-nic-2"))).toList()),
                new Call("getPort", "GET /v2.0/ports/" + PORT, "port", p -> p.getPort(PORT)),
                new Call("createPort", "POST /v2.0/ports", "port", p -> p.createPort(port)),
                new Call("createPorts", "POST /v2.0/ports", "ports", p -> p.createPorts(List.of(port,
                        PortSpec.on(NET).withDevice("vm-nic-2", "oVirt")))),
                new Call("updatePort", "PUT /v2.0/ports/" + PORT, "port",
                        p -> p.updatePort(PORT, PortUpdate.none().withName("renamed"))));
    }

    /**
     * Calls for which only failures of the exchange itself are errors: deletes, whose success has no body, and the
     * capability detection, which takes an unreadable extension list for a provider that has none (basic calls only).
     */
    private static List<Call> bodilessCalls() {
        return List.of(
                new Call("capabilities", "GET /v2.0/extensions", "extensions", NetworkProviderProxy::capabilities),
                new Call("removeNetwork", "DELETE /v2.0/networks/" + NET, null, p -> p.removeNetwork(NET)),
                new Call("removeSubnet", "DELETE /v2.0/subnets/" + SUBNET, null, p -> p.removeSubnet(SUBNET)),
                new Call("deletePort", "DELETE /v2.0/ports/" + PORT, null, p -> p.deletePort(PORT)));
    }

    private static List<BadAnswer> badBodies(String wrapper) {
        return List.of(
                new BadAnswer("garbage", ProviderErrorCode.BAD_RESPONSE, (exchange, request) -> respond(exchange, 200,
                        "text/plain", "Welcome to nginx!\u0000\u0001 garbage")),
                new BadAnswer("truncated JSON", ProviderErrorCode.BAD_RESPONSE, (exchange, request) -> respond(exchange,
                        200, JSON, "{\"" + wrapper + "\": [{\"id\": \"" + NET)),
                new BadAnswer("over the size limit", ProviderErrorCode.BAD_RESPONSE, (exchange, request) -> respond(
                        exchange, 200, JSON, "{\"" + wrapper + "\": [], \"pad\": \"" + "x".repeat(LIMIT) + "\"}")),
                new BadAnswer("wrapper of the wrong type", ProviderErrorCode.BAD_RESPONSE, (exchange, request) ->
                        respond(exchange, 200, JSON, "{\"" + wrapper + "\": 42}")),
                new BadAnswer("fields of the wrong types", ProviderErrorCode.BAD_RESPONSE, (exchange, request) ->
                        respond(exchange, 200, JSON, wrongTypes(wrapper))),
                new BadAnswer("not an object", ProviderErrorCode.BAD_RESPONSE, (exchange, request) -> respond(exchange,
                        200, JSON, "[\"" + wrapper + "\"]")));
    }

    private static List<BadAnswer> badExchanges() {
        return List.of(
                new BadAnswer("a body that stops coming", ProviderErrorCode.TIMEOUT, (exchange, request) -> {
                    exchange.getResponseHeaders().set("Content-Type", JSON);
                    exchange.sendResponseHeaders(200, 1000);
                    exchange.getResponseBody().write("{\"x\": [".getBytes(StandardCharsets.UTF_8));
                    exchange.getResponseBody().flush();
                    sleepQuietly(Duration.ofSeconds(5));
                    exchange.close();
                }),
                new BadAnswer("a 502 page of a proxy", ProviderErrorCode.PROVIDER_ERROR, (exchange, request) -> respond(
                        exchange, 502, "text/html", fixture("proxy-502.html"))),
                new BadAnswer("an endless body of a 500", ProviderErrorCode.PROVIDER_ERROR, (exchange, request) -> {
                    exchange.getResponseHeaders().set("Content-Type", JSON);
                    exchange.sendResponseHeaders(500, 0);
                    byte[] chunk = "{\"NeutronError\": ".repeat(64).getBytes(StandardCharsets.UTF_8);
                    try (OutputStream out = exchange.getResponseBody()) {
                        while (true) {
                            out.write(chunk);
                            out.flush();
                        }
                    } catch (IOException clientHungUp) {
                        exchange.close();
                    }
                }));
    }

    /** An id that is a number, a name that is an object, an MTU that is text: every typed field wrong. */
    private static String wrongTypes(String wrapper) {
        String item = "{\"id\": 5, \"name\": {\"a\": 1}, \"mtu\": \"big\", \"status\": [], \"mac_address\": 7,"
                + " \"fixed_ips\": \"10.0.0.1\", \"security_groups\": \"default\", \"alias\": 3,"
                + " \"admin_state_up\": \"yes\", \"network_id\": false, \"ip_version\": \"four\"}";
        if (wrapper.equals("resources")) {
            return "{\"resources\": [\"v2.0\", 3]}";
        }
        return wrapper.endsWith("s") ? "{\"" + wrapper + "\": [" + item + "]}" : "{\"" + wrapper + "\": " + item + "}";
    }

    static Stream<Arguments> everyCallAndBadAnswer() {
        List<Arguments> cases = new ArrayList<>();
        for (Call call : calls()) {
            for (BadAnswer answer : badBodies(call.wrapper())) {
                cases.add(Arguments.of(call, answer));
            }
            badExchanges().forEach(answer -> cases.add(Arguments.of(call, answer)));
        }
        for (Call call : bodilessCalls()) {
            badExchanges().forEach(answer -> cases.add(Arguments.of(call, answer)));
        }
        return cases.stream();
    }

    @BeforeAll
    static void createClients() {
        clients = new NeutronClientHolder(TestProviders.config(
                "osn.provider.connect.timeout", "1",
                "osn.provider.read.timeout", "1",
                NeutronClientHolder.MAX_RESPONSE_BYTES, String.valueOf(LIMIT)));
    }

    @AfterAll
    static void closeClients() {
        clients.close();
    }

    @BeforeEach
    void startServer() {
        server = FixtureServer.http()
                .on("GET /v2.0/", 200, JSON, fixture("neutron-api-root.json"))
                .on("GET /v2.0/extensions", 200, JSON, fixture("neutron-extensions.json"));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @ParameterizedTest(name = "{0} given {1}")
    @MethodSource("everyCallAndBadAnswer")
    void shouldEndInATypedProviderErrorWithinTheTimeoutWhateverTheProviderAnswers(Call call, BadAnswer answer) {
        server.on(call.route(), answer.handler());
        NetworkProviderProxy proxy = new NeutronNetworkProviderProxyFactory(clients)
                .create(TestProviders.provider(NetworkProviderType.NEUTRON, server.url()).build());

        ProviderException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ProviderException.class, () -> call.invocation().accept(proxy)));

        assertAll(
                () -> assertEquals(answer.code(), e.code(), e.getMessage()),
                () -> assertFalse(e.getMessage().length() > 2000, "an excerpt, not the answer: "
                        + e.getMessage().length() + " characters"),
                () -> assertEquals(1, server.count(call.route().split(" ")[0], call.route().split(" ")[1]),
                        "one request: a bad answer is no reason to ask again"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableExtensionLists")
    void shouldUseBasicCallsOnlyWhenTheExtensionListIsUnreadable(BadAnswer answer) {
        server.on("GET /v2.0/extensions", answer.handler());
        NetworkProviderProxy proxy = new NeutronNetworkProviderProxyFactory(clients)
                .create(TestProviders.provider(NetworkProviderType.NEUTRON, server.url()).build());

        ProviderCapabilities capabilities = assertTimeoutPreemptively(Duration.ofSeconds(10), proxy::capabilities);

        assertEquals(new ProviderCapabilities(false, false, false, false, false), capabilities,
                "nothing is asked of it that it might misread");
    }

    static Stream<BadAnswer> unreadableExtensionLists() {
        return badBodies("extensions").stream();
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
