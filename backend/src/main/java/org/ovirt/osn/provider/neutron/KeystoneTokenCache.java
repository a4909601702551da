package org.ovirt.osn.provider.neutron;

import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.health.ProviderCallMeter;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One {@link KeystoneTokenSource} per provider id and credentials, kept for the application's life, so that proxies
 * created per operation still share a token (the oVirt engine fetched one per operation and per vNIC). A changed
 * configuration of a provider gets a new source and the stale one is dropped. Thread-safe.
 */
final class KeystoneTokenCache {

    private record Key(UUID providerId, KeystoneCredentials credentials, boolean tenantRequired) {
    }

    private final ConcurrentMap<Key, KeystoneTokenSource> sources = new ConcurrentHashMap<>();
    private final NeutronHttp http;
    private final Clock clock;

    KeystoneTokenCache(NeutronHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    KeystoneTokenSource sourceFor(NetworkProvider provider, boolean tenantRequired) {
        return sourceFor(provider, tenantRequired, ProviderCallMeter.unattached());
    }

    /**
     * @param tenantRequired whether a Keystone v2.0 token must be tenant-scoped (OpenStack Neutron)
     * @param meter          the provider's, where its Keystone calls and tokens are counted
     */
    KeystoneTokenSource sourceFor(NetworkProvider provider, boolean tenantRequired, ProviderCallMeter meter) {
        Key key = new Key(provider.id(), KeystoneCredentials.of(provider), tenantRequired);
        KeystoneTokenSource source = sources.computeIfAbsent(key, k -> new KeystoneTokenSource(
                KeystoneAuthenticator.of(k.credentials(), k.tenantRequired(), http, clock, meter), clock, meter));
        sources.keySet().removeIf(other -> Objects.equals(other.providerId(), key.providerId()) && !other.equals(key));
        return source;
    }

    int size() {
        return sources.size();
    }
}
