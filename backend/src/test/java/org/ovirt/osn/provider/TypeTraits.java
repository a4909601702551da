package org.ovirt.osn.provider;

import org.ovirt.osn.provider.neutron.ExternalNetworkProviderProxyFactory;
import org.ovirt.osn.provider.neutron.NeutronNetworkProviderProxyFactory;
import org.ovirt.osn.provider.unmanaged.UnmanagedNetworkProviderProxyFactory;

import java.util.List;

/** The traits each shipped factory declares, for tests that mock the proxies but not what a type is. */
public final class TypeTraits {

    /** Every shipped factory; creating a Neutron proxy from here fails (no client), asking traits does not. */
    public static final NetworkProviderProxies SHIPPED = new NetworkProviderProxies(List.of(
            new NeutronNetworkProviderProxyFactory(null), new ExternalNetworkProviderProxyFactory(null),
            new UnmanagedNetworkProviderProxyFactory()));

    private TypeTraits() {
    }

    public static ProviderTypeTraits of(NetworkProviderType type) {
        return SHIPPED.traitsOf(type);
    }
}
