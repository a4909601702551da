package org.ovirt.osn.provider.neutron;

import org.ovirt.osn.config.OsnConfiguration;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderType;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One {@link ProviderCallLimit} per provider id, URL and limit, kept for the application's life so that proxies
 * created per operation share it; a changed URL or limit gets a new one. Thread-safe.
 *
 * <p>The limit: the provider's custom property {@value #CONCURRENCY} (a positive number), else the setting
 * {@value #EXTERNAL_LIMIT} for {@code external} providers (default {@value #DEFAULT_EXTERNAL_LIMIT}: one in service
 * and the rest within ovirt-provider-ovn's listen backlog of 5, with room for its Keystone call) or
 * {@value #NEUTRON_LIMIT} for {@code neutron} ones (default: the connection pool size, which bounds them anyway).
 * A call waits for its turn at most the provider connect timeout plus the read timeout.
 */
final class ProviderCallLimits {

    static final String CONCURRENCY = "osn.concurrency";
    static final String EXTERNAL_LIMIT = "osn.provider.concurrency.external";
    static final String NEUTRON_LIMIT = "osn.provider.concurrency.neutron";
    static final int DEFAULT_EXTERNAL_LIMIT = 4;

    private record Key(UUID providerId, String url, int limit) {
    }

    private final ConcurrentMap<Key, ProviderCallLimit> limits = new ConcurrentHashMap<>();
    private final int externalLimit;
    private final int neutronLimit;
    private final Duration maxWait;

    ProviderCallLimits(OsnConfiguration config, int poolSize) {
        this.externalLimit = Math.max(1, config.getInt(EXTERNAL_LIMIT, DEFAULT_EXTERNAL_LIMIT));
        this.neutronLimit = Math.max(1, config.getInt(NEUTRON_LIMIT, poolSize));
        this.maxWait = config.providerConnectTimeout().plus(config.providerReadTimeout());
    }

    ProviderCallLimit forProvider(NetworkProvider provider) {
        Key key = new Key(provider.id(), provider.url(), limitOf(provider));
        ProviderCallLimit limit = limits.get(key);
        if (limit != null) {
            return limit;
        }
        limit = limits.computeIfAbsent(key, k -> new ProviderCallLimit(provider.name(), k.limit(), maxWait));
        limits.keySet().removeIf(other -> other.providerId() != null
                && Objects.equals(other.providerId(), key.providerId()) && !other.equals(key));
        return limit;
    }

    private int limitOf(NetworkProvider provider) {
        String configured = provider.customProperties().get(CONCURRENCY);
        if (configured != null) {
            try {
                int value = Integer.parseInt(configured.strip());
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException ignored) {
                // not a number: the default applies, as for the other osn.* properties
            }
        }
        return provider.type() == NetworkProviderType.EXTERNAL ? externalLimit : neutronLimit;
    }
}
