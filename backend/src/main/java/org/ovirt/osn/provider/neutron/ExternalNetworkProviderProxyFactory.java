package org.ovirt.osn.provider.neutron;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderProxyFactory;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.ProviderTypeTraits;

/**
 * Proxies for Neutron-like providers such as ovirt-provider-ovn. They speak the same v2.0 API; with Keystone v2.0 an
 * unscoped token is enough (ovirt-provider-ovn has no tenants).
 */
@ApplicationScoped
public class ExternalNetworkProviderProxyFactory implements NetworkProviderProxyFactory {

    private static final ProviderTypeTraits TRAITS = new ProviderTypeTraits("EXTERNAL_NETWORK", true);

    private final NeutronClientHolder clients;

    protected ExternalNetworkProviderProxyFactory() {
        // for CDI's client proxy only
        this.clients = null;
    }

    @Inject
    public ExternalNetworkProviderProxyFactory(NeutronClientHolder clients) {
        this.clients = clients;
    }

    @Override
    public NetworkProviderType type() {
        return NetworkProviderType.EXTERNAL;
    }

    @Override
    public ProviderTypeTraits traits() {
        return TRAITS;
    }

    @Override
    public NetworkProviderProxy create(NetworkProvider provider) {
        if (provider.type() != type()) {
            throw new IllegalArgumentException("Provider " + provider.name() + " is of type " + provider.type()
                    + ", not " + type());
        }
        return clients.proxyFor(provider, false);
    }
}
