package org.ovirt.osn.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.EnumMap;
import java.util.Map;

/** Finds the proxy factory for a provider's type: a lookup, not a switch, so a new type is a new factory bean. */
@ApplicationScoped
public class NetworkProviderProxies {

    private final Map<NetworkProviderType, NetworkProviderProxyFactory> factories =
            new EnumMap<>(NetworkProviderType.class);

    protected NetworkProviderProxies() {
        // for CDI proxies
    }

    @Inject
    public NetworkProviderProxies(Instance<NetworkProviderProxyFactory> discovered) {
        this((Iterable<NetworkProviderProxyFactory>) discovered);
    }

    public NetworkProviderProxies(Iterable<NetworkProviderProxyFactory> discovered) {
        for (NetworkProviderProxyFactory factory : discovered) {
            NetworkProviderProxyFactory previous = factories.putIfAbsent(factory.type(), factory);
            if (previous != null) {
                throw new IllegalStateException("Two proxy factories for provider type " + factory.type() + ": "
                        + previous.getClass().getName() + " and " + factory.getClass().getName());
            }
        }
    }

    public boolean supports(NetworkProviderType type) {
        return factories.containsKey(type);
    }

    /** @throws IllegalArgumentException when no factory serves this type (validation should have refused it) */
    public NetworkProviderProxy proxyFor(NetworkProvider provider) {
        return factory(provider.type()).create(provider);
    }

    /** @throws IllegalArgumentException when no factory serves this type (validation should have refused it) */
    public ProviderTypeTraits traitsOf(NetworkProviderType type) {
        return factory(type).traits();
    }

    private NetworkProviderProxyFactory factory(NetworkProviderType type) {
        NetworkProviderProxyFactory factory = factories.get(type);
        if (factory == null) {
            throw new IllegalArgumentException("No proxy for provider type " + type);
        }
        return factory;
    }
}
