package org.ovirt.osn.provider;

/**
 * Creates proxies for one provider type. Implementations are CDI beans, discovered and looked up by
 * {@link #type()} through {@link NetworkProviderProxies}; they are application scoped and thread-safe, and may keep
 * shared resources (HTTP connection pools, token caches) for all the proxies they create.
 */
public interface NetworkProviderProxyFactory {

    NetworkProviderType type();

    /** What providers of this type keep and what hosts are told about their vNICs; the same for every provider. */
    ProviderTypeTraits traits();

    /** A proxy for this provider configuration (which must be of {@link #type()}). */
    NetworkProviderProxy create(NetworkProvider provider);
}
