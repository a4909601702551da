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
 * that has no extension list (404, 400, not JSON) is treated as basic. A failure to reach the provider is not cached,
 * but the calls that waited for the failed detection fail with it instead of each detecting again in turn.
 *
 * <p>Bulk port creation and "any of" for a repeated filter value are announced by no extension; Neutron has both
 * and ovirt-provider-ovn neither (it lists only {@code extraroute}, reads only the first value of a repeated query
 * parameter, and answers 400 to {@code {"ports":[…]}}). So both are taken to be there exactly when the provider lists
 * one of Neutron's own usual extensions ({@link #NEUTRON_ALIASES}): a provider that lists none is no Neutron, and
 * is never sent a request it would refuse or misread. Should a Neutron still refuse a bulk create (bulk switched off
 * there), that is remembered, so only that one request costs an extra round trip.
 *
 * <p>Configured values win over all of it: the provider's custom properties {@value #PAGING}, {@value #SORTING},
 * {@value #FIELDS}, {@value #BULK} and {@value #ANY_OF}, each {@code true} or {@code false} (other values are
 * ignored).
 */
final class NeutronCapabilityCache {

    static final String PAGING = "osn.paging";
    static final String SORTING = "osn.sorting";
    static final String FIELDS = "osn.fields";
    static final String BULK = "osn.bulk";
    static final String ANY_OF = "osn.filter.any-of";

    /**
     * Extensions every OpenStack Neutron of the last decade lists (ML2 with its usual service plugins) and no
     * Neutron-like emulation is known to: one of them is enough to call the provider a Neutron. {@code extraroute},
     * the one alias ovirt-provider-ovn lists, is deliberately not among them.
     */
    static final Set<String> NEUTRON_ALIASES = Set.of("binding", "security-group", "port-security", "quotas",
            "agent", "external-net", "router", "standard-attr-description", "project-id", "network-mtu",
            "allowed-address-pairs", "extra_dhcp_opt", "pagination", "sorting");

    private static final System.Logger LOG = System.getLogger(NeutronCapabilityCache.class.getName());

    private record Key(UUID providerId, String url) {
    }

    /** What was learned about one provider. */
    private static final class Learned {
        private final ReentrantLock detecting = new ReentrantLock();
        private volatile ProviderCapabilities detected;
        private volatile boolean bulkRefused;
        /** The last detection's failure and when it happened (System.nanoTime), for the calls that waited on it. */
        private volatile ProviderException failure;
        private volatile long failedAt;
    }

    /**
     * A fresh detection, for the connectivity test: the capabilities as calls will use them (configured values
     * applied) and the extension aliases they were read from.
     */
    record Detection(ProviderCapabilities capabilities, Set<String> aliases) {
    }

    private final ConcurrentMap<Key, Learned> providers = new ConcurrentHashMap<>();

    /** The provider's capabilities, detecting them first if no call has yet. */
    ProviderCapabilities capabilities(NetworkProvider provider, NeutronEndpoint endpoint) {
        Learned learned = learned(provider);
        ProviderCapabilities detected = learned.detected;
        if (detected == null) {
            long waitingSince = System.nanoTime();
            learned.detecting.lock();
            try {
                detected = learned.detected;
                if (detected == null) {
                    // a detection that failed while this call waited for it is this call's answer too: a stalled
                    // provider costs the waiting calls one timeout together, not one timeout each, in turn
                    ProviderException failure = learned.failure;
                    if (failure != null && learned.failedAt - waitingSince > 0) {
                        throw failure;
                    }
                    detected = detect(aliasesRememberingFailure(learned, endpoint));
                    learned.detected = detected;
                    LOG.log(System.Logger.Level.INFO, "Provider {0} capabilities: {1}", provider.name(), detected);
                }
            } finally {
                learned.detecting.unlock();
            }
        }
        return effective(provider, learned, detected);
    }

    /**
     * Detects the provider's capabilities anew and keeps them for later calls (a provider upgraded since the last
     * detection is then used as it is now). A bulk create it refused stays remembered.
     */
    Detection redetect(NetworkProvider provider, NeutronEndpoint endpoint) {
        Learned learned = learned(provider);
        Set<String> aliases = aliases(endpoint);
        ProviderCapabilities detected = detect(aliases);
        learned.detected = detected;
        return new Detection(effective(provider, learned, detected), aliases);
    }

    private static ProviderCapabilities effective(NetworkProvider provider, Learned learned,
                                                  ProviderCapabilities detected) {
        Map<String, String> configured = provider.customProperties();
        return new ProviderCapabilities(
                setting(configured, PAGING).orElse(detected.pagination()),
                setting(configured, SORTING).orElse(detected.sorting()),
                setting(configured, FIELDS).orElse(detected.fieldSelection()),
                setting(configured, BULK).orElse(detected.bulkPortCreate() && !learned.bulkRefused),
                setting(configured, ANY_OF).orElse(detected.anyOfFilterValues()));
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

    private static Set<String> aliasesRememberingFailure(Learned learned, NeutronEndpoint endpoint) {
        try {
            return aliases(endpoint);
        } catch (ProviderException e) {
            learned.failure = e;
            learned.failedAt = System.nanoTime();
            throw e;
        }
    }

    private static Set<String> aliases(NeutronEndpoint endpoint) {
        try {
            return endpoint.fetch(NeutronHttp.Call.get(endpoint.uri("extensions")), NeutronExtensions.class,
                    NeutronExtensions::aliases, "extensions");
        } catch (ProviderException e) {
            if (e.code() != ProviderErrorCode.NOT_FOUND && e.code() != ProviderErrorCode.BAD_REQUEST
                    && e.code() != ProviderErrorCode.BAD_RESPONSE && e.httpStatus() != 501) {
                throw e;
            }
            LOG.log(System.Logger.Level.INFO, "Provider {0} lists no API extensions ({1}); using basic calls only",
                    endpoint.providerName(), e.describe());
            return Set.of();
        }
    }

    private static ProviderCapabilities detect(Set<String> aliases) {
        boolean pagination = aliases.contains("pagination");
        boolean neutron = aliases.stream().anyMatch(NEUTRON_ALIASES::contains);
        return new ProviderCapabilities(pagination, aliases.contains("sorting"), pagination, neutron, neutron);
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
