package org.ovirt.osn.provider.neutron;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderProxyFactory;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.ProviderTypeTraits;

/** Proxies for OpenStack Neutron; with Keystone v2.0 their tokens must be tenant-scoped. */
@ApplicationScoped
public class NeutronNetworkProviderProxyFactory implements NetworkProviderProxyFactory {

    private static final ProviderTypeTraits TRAITS = new ProviderTypeTraits("OPENSTACK_NETWORK", true);

    private final NeutronClientHolder clients;

    protected NeutronNetworkProviderProxyFactory() {
        // for CDI's client proxy only
        this.clients = null;
    }

    @Inject
    public NeutronNetworkProviderProxyFactory(NeutronClientHolder clients) {
        this.clients = clients;
    }

    @Override
    public NetworkProviderType type() {
        return NetworkProviderType.NEUTRON;
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
        return clients.proxyFor(provider, true);
    }
}
