package org.ovirt.osn.provider.neutron;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import org.jboss.resteasy.client.jaxrs.ResteasyClientBuilder;
import org.jboss.resteasy.client.jaxrs.internal.LocalResteasyProviderFactory;
import org.jboss.resteasy.plugins.providers.ByteArrayProvider;
import org.jboss.resteasy.plugins.providers.InputStreamProvider;
import org.jboss.resteasy.spi.ResteasyProviderFactory;
import org.ovirt.osn.config.OsnConfiguration;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.health.ProviderCallMeter;
import org.ovirt.osn.provider.health.ProviderHealthRegistry;

import javax.net.ssl.SSLContext;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What all Neutron proxies share: one pooled, keep-alive RESTEasy {@link Client} (Apache HttpClient 4 underneath)
 * with the configured timeouts and trust, the JSON mapper, and the Keystone token cache.
 *
 * <p>Lifecycle: one instance per application, created on first use and closed with the application
 * ({@link #close()}), which closes the pool. Thread-safety: everything held here is safe for concurrent use; proxies
 * handed out are too.
 *
 * <p>Settings: {@value #POOL_SIZE} (connections in the pool, also the limit per provider; default
 * {@value #DEFAULT_POOL_SIZE}), {@value #MAX_RESPONSE_BYTES} (largest answer read; default 64 MiB),
 * {@value #TRUSTSTORE} (a PKCS12 or JKS file trusted in addition to the JVM's trust when it exists, re-read when it
 * changes; default {@value #DEFAULT_TRUSTSTORE_FILE} in the module's data directory) with {@value #TRUSTSTORE_PASSWORD}
 * (default "changeit"), {@value #PAGE_SIZE} (items per page when listing from a provider that can page; default
 * {@value #DEFAULT_PAGE_SIZE}), the concurrent calls per provider of {@link ProviderCallLimits}, and the provider
 * connect/read timeouts of {@link OsnConfiguration}.
 */
@ApplicationScoped
public class NeutronClientHolder implements AutoCloseable {

    public static final String POOL_SIZE = "osn.provider.pool.size";
    public static final String MAX_RESPONSE_BYTES = "osn.provider.max.response.bytes";
    public static final String TRUSTSTORE = "osn.provider.truststore";
    public static final String TRUSTSTORE_PASSWORD = "osn.provider.truststore.password";
    public static final String DEFAULT_TRUSTSTORE_FILE = "provider-truststore.p12";
    public static final String PAGE_SIZE = "osn.provider.page.size";
    static final int DEFAULT_PAGE_SIZE = 500;
    static final int DEFAULT_POOL_SIZE = 50;
    static final int DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
    /**
     * Threads for the per-device port lookups of providers that read only the first value of a repeated filter. A
     * lookup that finds them all busy runs on its caller's thread instead, so this bounds threads, never lookups.
     */
    static final int LOOKUP_THREADS = 16;
    /** Pooled connections are not reused beyond this age, so a provider's address change is noticed. */
    private static final Duration CONNECTION_TTL = Duration.ofMinutes(5);

    private static final System.Logger LOG = System.getLogger(NeutronClientHolder.class.getName());

    private final Client client;
    private final NeutronHttp http;
    private final KeystoneTokenCache tokens;
    private final NeutronCapabilityCache capabilities;
    private final int pageSize;
    private final TrustChangeEviction trustChanges;
    private final ExecutorService lookups;
    private final ProviderCallLimits limits;
    private final ProviderHealthRegistry health;

    protected NeutronClientHolder() {
        // for CDI's client proxy only
        this.trustChanges = null;
        this.client = null;
        this.http = null;
        this.tokens = null;
        this.capabilities = null;
        this.pageSize = 0;
        this.lookups = null;
        this.limits = null;
        this.health = null;
    }

    @Inject
    public NeutronClientHolder(OsnConfiguration config, ProviderHealthRegistry health) {
        this(config, Clock.systemUTC(), health);
    }

    /** With measurements of its own that nobody reads or audits (tests and tools). */
    public NeutronClientHolder(OsnConfiguration config) {
        this(config, Clock.systemUTC());
    }

    NeutronClientHolder(OsnConfiguration config, Clock clock) {
        this(config, clock, new ProviderHealthRegistry(clock, ProviderHealthRegistry.RECOVERY_WINDOW, change -> { }));
    }

    NeutronClientHolder(OsnConfiguration config, Clock clock, ProviderHealthRegistry health) {
        this.health = health;
        Duration connectTimeout = config.providerConnectTimeout();
        Duration readTimeout = config.providerReadTimeout();
        int poolSize = Math.max(1, config.getInt(POOL_SIZE, DEFAULT_POOL_SIZE));
        SSLContext tls = providerTls(config);
        this.client = buildClient(tls, poolSize, connectTimeout, readTimeout);
        this.trustChanges = new TrustChangeEviction(ProviderTrustStoreFile.location(config), client, tls);
        ObjectMapper mapper = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
                .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
        long maxResponseBytes = Math.max(1, config.getInt(MAX_RESPONSE_BYTES, DEFAULT_MAX_RESPONSE_BYTES));
        this.http = new NeutronHttp(client, mapper, maxResponseBytes, connectTimeout, readTimeout);
        this.tokens = new KeystoneTokenCache(http, clock);
        this.capabilities = new NeutronCapabilityCache();
        this.pageSize = Math.max(1, config.getInt(PAGE_SIZE, DEFAULT_PAGE_SIZE));
        this.lookups = lookupExecutor();
        this.limits = new ProviderCallLimits(config, poolSize);
        LOG.log(System.Logger.Level.DEBUG, "Provider HTTP client ready: pool {0}, connect timeout {1}, read timeout"
                + " {2}, answers up to {3} bytes", poolSize, connectTimeout, readTimeout, maxResponseBytes);
    }

    /**
     * A proxy for this configuration. Cheap: it shares this holder's pool, the configuration's cached token and what
     * is known of the provider's capabilities.
     *
     * @param tenantRequired whether Keystone v2.0 must issue a tenant-scoped token (OpenStack Neutron); Neutron-like
     *                       providers such as ovirt-provider-ovn accept an unscoped one
     */
    public NetworkProviderProxy proxyFor(NetworkProvider provider, boolean tenantRequired) {
        trustChanges.evictIfTrustChanged();
        ProviderCallMeter meter = health.meterFor(provider.id(), provider.name());
        KeystoneTokenSource source = provider.requiresAuthentication()
                ? tokens.sourceFor(provider, tenantRequired, meter) : null;
        return new NeutronNetworkProviderProxy(provider, http, source, capabilities, pageSize, lookups,
                limits.forProvider(provider), meter);
    }

    /** The shared HTTP wrapper; for the provider calls of this package and its tests. */
    NeutronHttp http() {
        return http;
    }

    @PreDestroy
    @Override
    public void close() {
        if (lookups != null) {
            lookups.shutdownNow();
        }
        if (client != null) {
            client.close();
        }
    }

    /** TLS that trusts the JVM's CAs and the provider trust store: the same file the certificate import writes. */
    private static SSLContext providerTls(OsnConfiguration config) {
        try {
            return new ProviderTrustManager(ProviderTrustStoreFile.location(config),
                    ProviderTrustStoreFile.password(config)).sslContext();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot set up TLS for providers: " + e.getMessage(), e);
        }
    }

    /**
     * The lookups only wait on the HTTP client and need none of the container's context (no transaction, no
     * security identity), so a small pool of this holder's own serves them; it dies with the holder.
     */
    private static ExecutorService lookupExecutor() {
        AtomicInteger threads = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(0, LOOKUP_THREADS, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "osn-provider-lookup-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        return executor;
    }

    private static Client buildClient(SSLContext tls, int poolSize, Duration connectTimeout, Duration readTimeout) {
        ClientBuilder builder = ClientBuilder.newBuilder();
        if (!(builder instanceof ResteasyClientBuilder resteasy)) {
            throw new IllegalStateException("The provider client needs RESTEasy, found " + builder.getClass());
        }
        resteasy.sslContext(tls);
        // Only raw bytes in and out: JSON is Jackson's job here. The deployment's own entity providers (WildFly adds
        // JSON-B and Jackson ones that claim every type for application/json) must not touch provider calls.
        // (A plain ResteasyProviderFactory would be wrapped by the 6.2 builder and then fail a cast; the client's own
        // factory class is what it expects.)
        ResteasyProviderFactory providers = new LocalResteasyProviderFactory();
        providers.registerProvider(ByteArrayProvider.class, true);
        providers.registerProvider(InputStreamProvider.class, true);
        return resteasy
                .providerFactory(providers)
                .hostnameVerification(ResteasyClientBuilder.HostnameVerificationPolicy.STRICT)
                .connectionPoolSize(poolSize)
                .maxPooledPerRoute(poolSize)
                .connectionTTL(CONNECTION_TTL.toMillis(), TimeUnit.MILLISECONDS)
                // waiting for a pooled connection counts as connecting: it must not block forever either
                .connectionCheckoutTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }
}
