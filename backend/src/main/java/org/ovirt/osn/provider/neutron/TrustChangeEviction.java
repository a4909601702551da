package org.ovirt.osn.provider.neutron;

import jakarta.ws.rs.client.Client;
import org.jboss.resteasy.client.jaxrs.ResteasyClient;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSessionContext;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps pooled provider connections from outliving the trust they were made under. The trust store is consulted only
 * by a TLS handshake, so a keep-alive connection opened while a certificate was trusted would go on being reused after
 * that certificate is removed (until the pool's time to live). When the trust store file has changed since the last
 * look, the pool's idle connections are closed and the cached TLS sessions forgotten (resuming one skips the trust
 * check too), so the next call makes a full handshake against the current store.
 *
 * <p>The pool is Apache HttpClient's under RESTEasy, which the JAX-RS API does not expose; and in WildFly the
 * deployment cannot see Apache's classes (the resteasy-client module does not export them), so the two calls
 * ({@code getHttpClient().getConnectionManager().closeIdleConnections(0, ms)}) are made reflectively through Apache's
 * public interfaces. Should the engine ever be another, a warning says that removals wait for the pool's TTL.
 *
 * <p>Thread-safe; a stat of the trust store per proxy made.
 */
final class TrustChangeEviction {

    private static final System.Logger LOG = System.getLogger(TrustChangeEviction.class.getName());

    private final Path trustStore;
    private final Client client;
    private final SSLContext tls;
    private final AtomicReference<FileState> seen;

    /** Size and modification time, or none when the file does not exist. */
    private record FileState(FileTime modified, long size) {

        static FileState of(Path file) {
            try {
                return new FileState(Files.getLastModifiedTime(file), Files.size(file));
            } catch (IOException absent) {
                return new FileState(null, -1);
            }
        }
    }

    TrustChangeEviction(Path trustStore, Client client, SSLContext tls) {
        this.trustStore = trustStore;
        this.client = client;
        this.tls = tls;
        this.seen = new AtomicReference<>(FileState.of(trustStore));
    }

    /** Closes the idle pooled connections when the trust store changed since the last call; else nothing. */
    void evictIfTrustChanged() {
        FileState now = FileState.of(trustStore);
        FileState before = seen.getAndSet(now);
        if (!Objects.equals(before, now)) {
            forgetSessions();
            closeIdleConnections();
        }
    }

    /** A resumed TLS session skips the trust check, so a new connection must make a full handshake. */
    private void forgetSessions() {
        SSLSessionContext sessions = tls.getClientSessionContext();
        for (byte[] id : Collections.list(sessions.getIds())) {
            SSLSession session = sessions.getSession(id);
            if (session != null) {
                session.invalidate();
            }
        }
    }

    private void closeIdleConnections() {
        try {
            Object engine = ((ResteasyClient) client).httpEngine();
            Object httpClient = engine.getClass().getMethod("getHttpClient").invoke(engine);
            ClassLoader apache = httpClient.getClass().getClassLoader();
            Method connectionManager = Class.forName("org.apache.http.client.HttpClient", false, apache)
                    .getMethod("getConnectionManager");
            Object manager = connectionManager.invoke(httpClient);
            Class.forName("org.apache.http.conn.ClientConnectionManager", false, apache)
                    .getMethod("closeIdleConnections", long.class, TimeUnit.class)
                    .invoke(manager, 0L, TimeUnit.MILLISECONDS);
            LOG.log(System.Logger.Level.INFO, "Provider trust store {0} changed: idle provider connections closed",
                    trustStore);
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            LOG.log(System.Logger.Level.WARNING, "Provider trust store {0} changed, but the idle provider connections"
                    + " cannot be closed ({1}); they are reused until their time to live ends", trustStore,
                    e.toString());
        }
    }
}
