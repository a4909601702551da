package org.ovirt.osn.provider.neutron;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A transparent HTTP forwarder on 127.0.0.1 that passes every request to a real server (Neutron, Keystone) and counts
 * what went through, so that a test against the real thing can see how many calls and which query a proxy sent.
 */
final class CountingForwarder implements AutoCloseable {

    /** One forwarded request and the status it got. */
    record Forwarded(String method, String path, String query, int status) {
        boolean is(String expectedMethod, String expectedPath) {
            return method.equals(expectedMethod) && path.equals(expectedPath);
        }
    }

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final String target;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Forwarded> forwarded = new CopyOnWriteArrayList<>();
    private volatile String scopedPath;
    private volatile String scope;

    /** @param target scheme, host and port of the real server, e.g. {@code http://127.0.0.1:9696} */
    CountingForwarder(String target) {
        this.target = target.replaceAll("/+$", "");
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::forward);
        server.setExecutor(executor);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Forwarded> forwarded() {
        return List.copyOf(forwarded);
    }

    long count(String method, String path) {
        return forwarded.stream().filter(f -> f.is(method, path)).count();
    }

    void reset() {
        forwarded.clear();
    }

    /**
     * From now on, GETs of {@code path} reach the real server with {@code filter} added to their query (what is
     * recorded is the query as sent), so that a test walking a whole collection sees only its own items, however many
     * other tests or benchmarks keep on the shared server. Null ends it.
     */
    void scope(String path, String filter) {
        this.scopedPath = path;
        this.scope = filter;
    }

    private void forward(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        byte[] body = exchange.getRequestBody().readAllBytes();
        String query = uri.getRawQuery();
        if (scope != null && "GET".equals(exchange.getRequestMethod()) && uri.getPath().equals(scopedPath)) {
            query = query == null ? scope : query + "&" + scope;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + uri.getRawPath()
                        + (query == null ? "" : "?" + query)))
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
            exchange.close();
            return;
        } catch (IOException e) {
            forwarded.add(new Forwarded(exchange.getRequestMethod(), uri.getPath(), uri.getQuery(), 502));
            FixtureServer.respond(exchange, 502, "text/plain", "forwarding failed: " + e);
            return;
        }
        forwarded.add(new Forwarded(exchange.getRequestMethod(), uri.getPath(), uri.getQuery(),
                response.statusCode()));
        response.headers().map().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")
                    && !name.equalsIgnoreCase("transfer-encoding")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        byte[] answer = response.body();
        exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
        if (answer.length > 0) {
            exchange.getResponseBody().write(answer);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
