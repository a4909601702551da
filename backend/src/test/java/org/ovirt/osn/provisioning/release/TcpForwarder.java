package org.ovirt.osn.provisioning.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A plain TCP forwarder on a loopback port in front of a real server, which a drill stops (the provider is
 * unreachable: every open connection is cut and every new one reset at once) and starts again (the provider is back).
 *
 * <p>The listening socket stays bound from construction to {@link #close()}, also while stopped: a port given up while
 * stopped could be taken by anything else on the machine that asks for a free port, and the "unreachable" provider
 * would then answer through it.
 */
final class TcpForwarder implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger reset = new AtomicInteger();
    private volatile boolean forwarding = true;

    /** Listens on a free port, forwarding to {@code targetHost:targetPort}. */
    TcpForwarder(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        try {
            server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "tcp-forwarder-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** Connections reset because they came while the forwarder was stopped. */
    int resetConnections() {
        return reset.get();
    }

    void start() {
        forwarding = true;
    }

    /** Resets new connections and cuts the open ones. */
    void stop() {
        forwarding = false;
        cutOpenConnections();
    }

    @Override
    public void close() {
        forwarding = false;
        closeQuietly(server);
        cutOpenConnections();
    }

    private void cutOpenConnections() {
        open.forEach(TcpForwarder::closeQuietly);
        open.clear();
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException closed) {
                return;
            }
            if (!forwarding) {
                resetAtOnce(client);
                continue;
            }
            try {
                Socket upstream = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(upstream);
                // stopped while connecting upstream: this connection must not outlive the stop
                if (!forwarding) {
                    closeQuietly(upstream);
                    open.remove(upstream);
                    open.remove(client);
                    resetAtOnce(client);
                    continue;
                }
                pipe(client, upstream);
                pipe(upstream, client);
            } catch (IOException upstreamDown) {
                closeQuietly(client);
            }
        }
    }

    private void resetAtOnce(Socket client) {
        reset.incrementAndGet();
        try {
            client.setSoLinger(true, 0);
        } catch (IOException ignored) {
            // a plain close is still a failed request for the client
        }
        closeQuietly(client);
    }

    private void pipe(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException cut) {
                // stopped, or the other side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "tcp-forwarder-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing is all we want
        }
    }
}
