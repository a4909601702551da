package org.ovirt.osn.provider.neutron;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A JDK HTTP(S) server on 127.0.0.1 and an ephemeral port that answers each "METHOD /path" with a handler from the
 * test, and records what it received. Unrouted requests get 599 so a test notices them.
 */
final class FixtureServer implements AutoCloseable {

    /** What the server received. */
    record Received(String method, String path, Map<String, List<String>> headers, String body, int remotePort) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange, Received request) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private FixtureServer(HttpServer server) {
        this.server = server;
        server.createContext("/", this::dispatch);
        server.setExecutor(executor);
        server.start();
    }

    static FixtureServer http() {
        try {
            return new FixtureServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FixtureServer https(SSLContext serverContext) {
        try {
            HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
            return new FixtureServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Routes "METHOD /path" (the path without the query) to the handler. */
    FixtureServer on(String methodAndPath, Handler handler) {
        routes.put(methodAndPath, handler);
        return this;
    }

    FixtureServer on(String methodAndPath, int status, String contentType, String body) {
        return on(methodAndPath, (exchange, request) -> respond(exchange, status, contentType, body));
    }

    String url() {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return scheme + "://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    long count(String method, String path) {
        return received.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).count();
    }

    static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        respond(exchange, status, contentType, body, Map.of());
    }

    static void respond(HttpExchange exchange, int status, String contentType, String body,
                        Map<String, String> headers) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    /** A recorded fixture from src/test/resources/provider/neutron. */
    static String fixture(String name) {
        try (InputStream in = FixtureServer.class.getResourceAsStream("/provider/neutron/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                Map.copyOf(exchange.getRequestHeaders()), body, exchange.getRemoteAddress().getPort());
        received.add(request);
        Handler handler = routes.get(request.method() + " " + request.path());
        if (handler == null) {
            respond(exchange, 599, "text/plain", "no fixture for " + request.method() + " " + request.path());
            return;
        }
        handler.handle(exchange, request);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
