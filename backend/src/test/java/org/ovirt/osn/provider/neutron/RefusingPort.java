package org.ovirt.osn.provider.neutron;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A loopback port that refuses connections for as long as a test holds it: a socket bound to it that never listens.
 * A port merely found free and let go again could be taken by any server on the machine meanwhile (other tests, other
 * builds), and the "unreachable" provider would answer after all.
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

    int port() {
        return holder.getLocalPort();
    }

    String url(String scheme) {
        return scheme + "://127.0.0.1:" + port();
    }

    @Override
    public void close() throws IOException {
        holder.close();
    }
}
