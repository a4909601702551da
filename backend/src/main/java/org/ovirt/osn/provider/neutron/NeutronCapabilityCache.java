package org.ovirt.osn.provider.neutron;

import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.ProviderCapabilities;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What each provider's API can safely be asked ({@link ProviderCapabilities}), kept for the application's life per
 * provider id and URL, so that proxies created per operation detect it once. Thread-safe.
 *
 * <p>Detected lazily, on the first call that needs it, from {@code GET /v2.0/extensions}: {@code pagination} and
 * {@code sorting} are extension aliases. {@code fields} has no alias (Neutron always had it); the providers known to
 * misread it as a filter are the ones without the {@code pagination} extension, so it follows pagination. A provider
 * that has no extension list (404, 400, not JSON) is treated as basic. A failure to reach the provider is not cached.
 *
 * <p>Bulk port creation is not announced by Neutron at all. It is assumed until the provider refuses a bulk request
 * (ovirt-provider-ovn answers 400 to {@code {"ports":[…]}}), and then remembered as missing, so that only the first
 * bulk request to such a provider costs an extra round trip.
 *
 * <p>Configured values win over both: the provider's custom properties {@value #PAGING}, {@value #SORTING},
 * {@value #FIELDS} and {@value #BULK}, each {@code true} or {@code false} (other values are ignored).
 */
final class NeutronCapabilityCache {

    static final String PAGING = "osn.paging";
    static final String SORTING = "osn.sorting";
    static final String FIELDS = "osn.fields";
    static final String BULK = "osn.bulk";

    private static final System.Logger LOG = System.getLogger(NeutronCapabilityCache.class.getName());

    private record Key(UUID providerId, String url) {
    }

    /** What was learned about one provider. */
    private static final class Learned {
        private final ReentrantLock detecting = new ReentrantLock();
        private volatile ProviderCapabilities detected;
        private volatile boolean bulkRefused;
    }

    private final ConcurrentMap<Key, Learned> providers = new ConcurrentHashMap<>();

    /** The provider's capabilities, detecting them first if no call has yet. */
    ProviderCapabilities capabilities(NetworkProvider provider, NeutronEndpoint endpoint) {
        Learned learned = learned(provider);
        ProviderCapabilities detected = learned.detected;
        if (detected == null) {
            learned.detecting.lock();
            try {
                detected = learned.detected;
                if (detected == null) {
                    detected = detect(endpoint);
                    learned.detected = detected;
                    LOG.log(System.Logger.Level.INFO, "Provider {0} capabilities: {1}", provider.name(), detected);
                }
            } finally {
                learned.detecting.unlock();
            }
        }
        Map<String, String> configured = provider.customProperties();
        return new ProviderCapabilities(
                setting(configured, PAGING).orElse(detected.pagination()),
                setting(configured, SORTING).orElse(detected.sorting()),
                setting(configured, FIELDS).orElse(detected.fieldSelection()),
                bulkPortCreate(provider));
    }

    /** Whether to try a bulk create; needs no detection call. */
    boolean bulkPortCreate(NetworkProvider provider) {
        return setting(provider.customProperties(), BULK).orElseGet(() -> !learned(provider).bulkRefused);
    }

    /** Remembers that the provider refused a bulk create. */
    void bulkRefused(NetworkProvider provider) {
        learned(provider).bulkRefused = true;
    }

    private Learned learned(NetworkProvider provider) {
        Key key = new Key(provider.id(), provider.url());
        Learned learned = providers.get(key);
        if (learned != null) {
            return learned;
        }
        learned = providers.computeIfAbsent(key, k -> new Learned());
        // a changed URL is a new provider as far as its API goes; drop what was learned about the old one
        providers.keySet().removeIf(other -> other.providerId() != null
                && Objects.equals(other.providerId(), key.providerId()) && !other.equals(key));
        return learned;
    }

    private static ProviderCapabilities detect(NeutronEndpoint endpoint) {
        Set<String> aliases;
        try {
            aliases = endpoint.fetch(NeutronHttp.Call.get(endpoint.uri("extensions")), NeutronExtensions.class,
                    NeutronExtensions::aliases, "extensions");
        } catch (ProviderException e) {
            if (e.code() != ProviderErrorCode.NOT_FOUND && e.code() != ProviderErrorCode.BAD_REQUEST
                    && e.code() != ProviderErrorCode.BAD_RESPONSE && e.httpStatus() != 501) {
                throw e;
            }
            LOG.log(System.Logger.Level.INFO, "Provider {0} lists no API extensions ({1}); using basic calls only",
                    endpoint.providerName(), e.describe());
            aliases = Set.of();
        }
        boolean pagination = aliases.contains("pagination");
        return new ProviderCapabilities(pagination, aliases.contains("sorting"), pagination, true);
    }

    private static Optional<Boolean> setting(Map<String, String> configured, String name) {
        String value = configured.get(name);
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
