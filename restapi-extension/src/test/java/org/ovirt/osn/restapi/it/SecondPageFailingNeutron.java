package org.ovirt.osn.restapi.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A Neutron on 127.0.0.1 whose network list fails on its second page: the first page (no {@code marker}) holds the
 * given number of made-up networks, in id order as Neutron pages them, with a {@code next} link of that page size;
 * any page after a marker answers a Neutron 503. Every other request (the extensions the engine asks for paging
 * support) goes to the real Neutron, so paging is detected as it would be there.
 */
final class SecondPageFailingNeutron implements AutoCloseable {

    private final String target;
    private final List<String> firstPage;
    private final String namePrefix;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicInteger failedPages = new AtomicInteger();

    SecondPageFailingNeutron(String target, int firstPageSize, String namePrefix) {
        this.target = target.replaceAll("/+$", "");
        this.namePrefix = namePrefix;
        this.firstPage = IntStream.range(0, firstPageSize).mapToObj(i -> UUID.randomUUID().toString()).sorted()
                .toList();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The ids of the first page's networks, in the order listed. */
    List<String> firstPage() {
        return firstPage;
    }

    /** How many later pages were asked for and failed. */
    int failedPages() {
        return failedPages.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            if (!"GET".equals(exchange.getRequestMethod()) || !uri.getRawPath().endsWith("/v2.0/networks")) {
                forwardGet(exchange);
                return;
            }
            String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
            if (query.contains("marker=")) {
                failedPages.incrementAndGet();
                answer(exchange, 503, "{\"NeutronError\":{\"type\":\"ServiceUnavailable\",\"message\":"
                        + "\"drill: the second page fails\",\"detail\":\"\"}}");
                return;
            }
            String networks = firstPage.stream().map(id -> "{\"id\":\"" + id + "\",\"name\":\"" + namePrefix + "-"
                    + id.substring(0, 8) + "\",\"status\":\"ACTIVE\",\"admin_state_up\":true,\"shared\":false,"
                    + "\"mtu\":1450,\"subnets\":[],\"tenant_id\":\"drill\",\"project_id\":\"drill\"}")
                    .collect(Collectors.joining(","));
            String next = url() + "/v2.0/networks?limit=" + firstPage.size() + "&marker="
                    + firstPage.get(firstPage.size() - 1);
            answer(exchange, 200, "{\"networks\":[" + networks + "],\"networks_links\":[{\"rel\":\"next\","
                    + "\"href\":\"" + next + "\"}]}");
        }
    }

    private void forwardGet(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        HttpRequest request = HttpRequest.newBuilder(URI.create(target + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))).header("Accept", "application/json")
                .GET().build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        answer(exchange, response.statusCode(), response.body());
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
