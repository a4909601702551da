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
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP forwarder on 127.0.0.1 in front of the real Neutron that a drill switches between passing everything and
 * failing every {@code DELETE} with a Neutron 503 (the provider lists ports but cannot delete them right now), so
 * that a release can be left pending on purpose while the server's other provider calls still work. It can also lose
 * the answers to port creates: the create reaches Neutron and its ports exist, but the caller gets a gateway's 504, as
 * after a timeout between the request and its answer.
 */
final class FailingDeletesNeutron implements AutoCloseable {

    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "transfer-encoding");

    private final String target;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicBoolean failDeletes = new AtomicBoolean(true);
    private final AtomicInteger failedDeletes = new AtomicInteger();
    private final AtomicBoolean loseCreateAnswers = new AtomicBoolean();
    private final AtomicInteger portCreates = new AtomicInteger();

    FailingDeletesNeutron(String target) {
        this.target = target.replaceAll("/+$", "");
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

    void failDeletes(boolean fail) {
        failDeletes.set(fail);
    }

    int failedDeletes() {
        return failedDeletes.get();
    }

    void loseCreateAnswers(boolean lose) {
        loseCreateAnswers.set(lose);
    }

    /** The port creates ({@code POST /v2.0/ports}) forwarded so far, answered or not. */
    int portCreates() {
        return portCreates.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if ("DELETE".equals(exchange.getRequestMethod()) && failDeletes.get()) {
                failedDeletes.incrementAndGet();
                answer(exchange, 503, "{\"NeutronError\":{\"type\":\"ServiceUnavailable\",\"message\":"
                        + "\"drill: deletes are failing\",\"detail\":\"\"}}");
                return;
            }
            boolean portCreate = "POST".equals(exchange.getRequestMethod())
                    && exchange.getRequestURI().getPath().matches("/v2\\.0/ports/?");
            if (portCreate) {
                portCreates.incrementAndGet();
            }
            if (portCreate && loseCreateAnswers.get()) {
                forward(exchange, false);
                answer(exchange, 504, "{\"NeutronError\":{\"type\":\"GatewayTimeout\",\"message\":"
                        + "\"drill: the answer to this create was lost\",\"detail\":\"\"}}");
                return;
            }
            forward(exchange, true);
        }
    }

    /** @param passAnswer false: forward the request, drop Neutron's answer */
    private void forward(HttpExchange exchange, boolean passAnswer) throws IOException {
        URI uri = exchange.getRequestURI();
        byte[] body = exchange.getRequestBody().readAllBytes();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + uri.getRawPath()
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!passAnswer) {
            return;
        }
        response.headers().map().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        byte[] answer = response.body();
        exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
        if (answer.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
