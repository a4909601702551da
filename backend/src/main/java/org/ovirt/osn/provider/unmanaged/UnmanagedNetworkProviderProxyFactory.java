package org.ovirt.osn.provider.unmanaged;

import jakarta.enterprise.context.ApplicationScoped;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderProxyFactory;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.ProviderTypeTraits;

/** Proxies for unmanaged providers; they hold nothing, so one is made per call and costs nothing. */
@ApplicationScoped
public class UnmanagedNetworkProviderProxyFactory implements NetworkProviderProxyFactory {

    /** As oVirt hands it to VDSM: the provider's plugin picks the vNIC up by its {@code plugin_type}. */
    static final String VNIC_PROVIDER_TYPE = "unmanaged";

    private static final ProviderTypeTraits TRAITS = new ProviderTypeTraits(VNIC_PROVIDER_TYPE, false);

    @Override
    public NetworkProviderType type() {
        return NetworkProviderType.UNMANAGED;
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
        return new UnmanagedNetworkProviderProxy(provider.name());
    }
}
