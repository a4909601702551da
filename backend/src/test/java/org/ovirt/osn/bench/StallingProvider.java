package org.ovirt.osn.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stalled-provider drill's provider: a loopback server that accepts every connection and then either never
 * answers ({@link Mode#SILENT}, the request is read and left unanswered) or drips a well-formed answer one byte a
 * second ({@link Mode#DRIP}, so that no single read ever waits as long as a read timeout). Every connection is closed
 * after {@code limitSeconds} at the latest, and all of them by {@link #close}, so the drill stops by itself.
 */
final class StallingProvider implements AutoCloseable {

    enum Mode { SILENT, DRIP }

    private static final byte[] ANSWER = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + "Content-Length: 200\r\n\r\n{\"networks\": [" + " ".repeat(200)).getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile Mode mode = Mode.SILENT;
    private final long limitMillis;

    StallingProvider(int limitSeconds) throws IOException {
        this.limitMillis = limitSeconds * 1000L;
        server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "stalling-provider");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    void mode(Mode mode) {
        this.mode = mode;
    }

    int accepted() {
        return accepted.get();
    }

    /** Closes the connections open now (between the drill's phases). */
    void dropConnections() {
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
        sockets.clear();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                accepted.incrementAndGet();
                sockets.add(socket);
                Mode now = mode;
                Thread stall = new Thread(() -> stall(socket, now), "stalling-provider-conn");
                stall.setDaemon(true);
                stall.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void stall(Socket socket, Mode mode) {
        long deadline = System.currentTimeMillis() + limitMillis;
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            in.read(new byte[8192]);
            for (int at = 0; System.currentTimeMillis() < deadline && !socket.isClosed(); at++) {
                if (mode == Mode.DRIP && at < ANSWER.length) {
                    out.write(ANSWER[at]);
                    out.flush();
                }
                Thread.sleep(1000);
            }
        } catch (IOException e) {
            // the module gave up the call: what the drill wants
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            sockets.remove(socket);
        }
    }

    @Override
    public void close() {
        closeQuietly(server);
        dropConnections();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // closing at the end of a drill
        }
    }
}
