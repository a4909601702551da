package org.ovirt.osn.provider.neutron;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * ovirt-provider-ovn as the engine meets it on the wire ({@code /work/shared/reference/ovirt-provider-ovn.md}, its
 * public source's {@code handlers/} and {@code neutron_responses.py}), on a loopback socket of its own: for the
 * proxy's tests in this module and, through backend's test-jar, for the REST ITs of restapi-extension, which start it
 * in the test JVM and register it as an {@code external} provider.
 *
 * <p>The server as ovirt-provider-ovn's Python {@code HTTPServer} is: one request at a time, a listen backlog of
 * {@value #BACKLOG}, HTTP/1.0 answers without {@code Content-Length}, the connection closed after each. The kernel
 * would drop (or, with {@code tcp_abort_on_overflow}, reset) a connection beyond the backlog; here connections are
 * accepted at once into an explicit queue of {@value #BACKLOG} and one beyond it is reset, so that an overflow is
 * certain and counted ({@link #resets()}) instead of a SYN retried a second later. What it serves is
 * {@link OvnEmulatorResources}'. Thread-safe; counters for tests.
 */
public final class EmulatedOvirtProviderOvn implements AutoCloseable {

    public static final int BACKLOG = 5;
    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private volatile ServerSocket socket;
    /** The port it listens on, also while {@link #stopListening()} has the socket closed. */
    private final int listenPort;
    /** True while {@link #stopListening()} has the socket closed; guarded by this. */
    private boolean relistening;
    private final BlockingQueue<Socket> waiting = new ArrayBlockingQueue<>(BACKLOG);
    private final OvnEmulatorResources resources;
    private final Thread acceptor;
    private final Thread worker;
    private final AtomicInteger inService = new AtomicInteger();
    private final AtomicInteger maxInService = new AtomicInteger();
    private final AtomicInteger maxConnections = new AtomicInteger();
    private final AtomicInteger resets = new AtomicInteger();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private volatile Duration serviceTime = Duration.ZERO;
    private volatile boolean closed;

    /** One request as it arrived; {@code query} is raw, "" for none. */
    public record Request(String method, String path, String query, Map<String, String> headers, String body) {

        /** e.g. {@code GET /v2.0/ports} for the collection, {@code GET /v2.0/ports/{id}} for an item */
        public String kind() {
            String[] parts = path.split("/");
            return parts.length > 3 ? method + " /" + parts[1] + "/" + parts[2] + "/{id}" : method + " " + path;
        }
    }

    private EmulatedOvirtProviderOvn(OvnEmulatorResources resources) {
        this.resources = resources;
        try {
            socket = new ServerSocket(0, BACKLOG, InetAddress.getLoopbackAddress());
            listenPort = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::acceptLoop, "ovn-emulator-accept-" + listenPort);
        worker = new Thread(this::serveLoop, "ovn-emulator-serve-" + listenPort);
        acceptor.setDaemon(true);
        worker.setDaemon(true);
        acceptor.start();
        worker.start();
    }

    /** Without authentication, as with its {@code AuthorizationByNoAuth} plugin. */
    public static EmulatedOvirtProviderOvn start() {
        return new EmulatedOvirtProviderOvn(new OvnEmulatorResources(null, null));
    }

    /**
     * Requiring a token from its own {@code POST /v2.0/tokens} for these Keystone v2.0 credentials; a missing or
     * unknown token is 403.
     */
    public static EmulatedOvirtProviderOvn withAuthentication(String username, String password) {
        return new EmulatedOvirtProviderOvn(new OvnEmulatorResources(username, password));
    }

    /** The Neutron API URL, e.g. {@code http://127.0.0.1:40123}; Keystone v2.0 is at {@link #keystoneUrl()}. */
    public String url() {
        return "http://127.0.0.1:" + listenPort;
    }

    /** Its Keystone v2.0 endpoint: the same server (oVirt runs it on 35357, the same process). */
    public String keystoneUrl() {
        return url() + "/v2.0";
    }

    public OvnEmulatorResources resources() {
        return resources;
    }

    /** Time spent on every request before answering (its OVN northbound transaction); zero by default. */
    public void serviceTime(Duration duration) {
        serviceTime = duration;
    }

    /** Requests answered of a {@link Request#kind()}. */
    public int requests(String kind) {
        AtomicInteger count = requests.get(kind);
        return count == null ? 0 : count.get();
    }

    public List<Request> received() {
        return List.copyOf(received);
    }

    /** Raw queries of every {@code GET /v2.0/ports} collection request, in order of arrival. */
    public List<String> portQueries() {
        return queriesOf("GET /v2.0/ports");
    }

    /** Raw queries of every request of that {@link Request#kind()}, in order of arrival. */
    public List<String> queriesOf(String kind) {
        return received.stream().filter(r -> r.kind().equals(kind)).map(Request::query).toList();
    }

    /** The requests of that {@link Request#kind()}, in order of arrival. */
    public List<Request> received(String kind) {
        return received.stream().filter(r -> r.kind().equals(kind)).toList();
    }

    /** {@code POST /v2.0/ports} with a {@code "ports"} list: what it answers 400 to. */
    public int bulkAttempts() {
        return resources.bulkAttempts();
    }

    /** Most requests it was ever working on at once: 1 unless the emulation is broken. */
    public int maxInService() {
        return maxInService.get();
    }

    /** Most connections it ever held at once, in service and waiting. */
    public int maxConnections() {
        return maxConnections.get();
    }

    /** Connections reset because {@value #BACKLOG} were already waiting. */
    public int resets() {
        return resets.get();
    }

    /**
     * Stops listening, so that connections are refused, as while the provider restarts, until
     * {@link #listenAgain()}. The test decides when that is rather than a timer, which a loaded machine would outrun.
     */
    public void stopListening() {
        ServerSocket old;
        synchronized (this) {
            if (relistening) {
                return;
            }
            relistening = true;
            old = socket;
        }
        try {
            old.close();
        } catch (IOException ignored) {
            // it is being closed
        }
    }

    /** Listens on the same port again after {@link #stopListening()}. */
    public synchronized void listenAgain() {
        if (!relistening || closed) {
            return;
        }
                try {
            ServerSocket again = new ServerSocket();
            again.setReuseAddress(true);
            again.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), listenPort), BACKLOG);
            socket = again;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + listenPort + " again", e);
        }
        relistening = false;
        notifyAll();
    }

    /** Forgets the counters and the requests received (not the resources). */
    public void resetCounters() {
        requests.clear();
        received.clear();
        maxInService.set(0);
        maxConnections.set(0);
        resets.set(0);
        resources.resetCounters();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket connection;
            try {
                connection = socket.accept();
            } catch (IOException e) {
                if (!awaitRelistening()) {
                    return;
                }
                continue;
            }
            if (stoppedListening()) {
                // accepted while the socket was being closed (the JDK closes a socket another thread is accepting on
                // only once that accept returns): refused all the same, as the provider was already down
                reset(connection);
                continue;
            }
            synchronized (waiting) {
                if (waiting.offer(connection)) {
                    maxConnections.accumulateAndGet(waiting.size() + inService.get(), Math::max);
                    continue;
                }
            }
            resets.incrementAndGet();
            reset(connection);
        }
    }

    private synchronized boolean stoppedListening() {
        return relistening;
    }

    private static void reset(Socket connection) {
        try {
            connection.setSoLinger(true, 0);
            connection.close();
        } catch (IOException ignored) {
            // it is being refused anyway
        }
    }

    /** @return false when the server is closed for good */
    private synchronized boolean awaitRelistening() {
        try {
            while (relistening && !closed) {
                wait();
            }
        } catch (InterruptedException e) {
            return false;
        }
        return !closed;
    }

    private void serveLoop() {
        while (!closed) {
            Socket connection;
            try {
                connection = waiting.take();
            } catch (InterruptedException e) {
                return;
            }
            maxInService.accumulateAndGet(inService.incrementAndGet(), Math::max);
            try (connection) {
                serve(connection);
            } catch (IOException | RuntimeException e) {
                // a client that went away; the next one is served
            } finally {
                inService.decrementAndGet();
            }
        }
    }

    private void serve(Socket connection) throws IOException {
        connection.setSoTimeout(10_000);
        // one write per answer, sent at once: Nagle's wait for the client's delayed ACK would add 40 ms to each
        connection.setTcpNoDelay(true);
        InputStream in = new BufferedInputStream(connection.getInputStream());
        Request request = read(in);
        if (request == null) {
            return;
        }
        received.add(request);
        requests.computeIfAbsent(request.kind(), k -> new AtomicInteger()).incrementAndGet();
        if (!serviceTime.isZero()) {
            try {
                Thread.sleep(serviceTime.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        OvnEmulatorResources.Answer answer = resources.answer(request);
        OutputStream out = connection.getOutputStream();
        StringBuilder head = new StringBuilder("HTTP/1.0 ").append(answer.status()).append(' ')
                .append(OvnEmulatorResources.title(answer.status())).append("\r\n")
                .append("Server: BaseHTTP/0.6 Python/3.11.2\r\n");
        if (answer.body() != null) {
            head.append("Content-Type: application/json\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        whole.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (answer.body() != null) {
            whole.write(answer.body().getBytes(StandardCharsets.UTF_8));
        }
        out.write(whole.toByteArray());
        out.flush();
        try {
            // the end of the body is the end of the connection
            connection.shutdownOutput();
        } catch (SocketException ignored) {
            // the client closed first
        }
    }

    private static Request read(InputStream in) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        int last4 = 0;
        while (last4 != 0x0d0a0d0a) {
            int b = in.read();
            if (b == -1 || header.size() > MAX_HEADER_BYTES) {
                return null;
            }
            header.write(b);
            last4 = (last4 << 8) | b;
        }
        String[] lines = header.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] requestLine = lines[0].split(" ");
        if (requestLine.length < 2) {
            return null;
        }
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        String target = requestLine[1];
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        String query = q < 0 ? "" : target.substring(q + 1);
        return new Request(requestLine[0], path, query, Map.copyOf(headers), new String(body, StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing
        }
        worker.interrupt();
        Socket left;
        while ((left = waiting.poll()) != null) {
            try {
                left.close();
            } catch (IOException ignored) {
                // closing
            }
        }
    }
}
