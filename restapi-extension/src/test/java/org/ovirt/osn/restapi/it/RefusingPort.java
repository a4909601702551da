package org.ovirt.osn.restapi.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A loopback port where connections are refused, held for as long as a test needs it: a socket bound to it that never
 * listens. A port merely found free and let go could be taken by any server of the machine in the meantime, and the
 * "unreachable" provider would answer after all.
 */
final class RefusingPort implements AutoCloseable {

    private final Socket holder = new Socket();

    RefusingPort() {
        try {
            holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + holder.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        holder.close();
    }
}
