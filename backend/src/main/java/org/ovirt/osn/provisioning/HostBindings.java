package org.ovirt.osn.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.Host;
import org.ovirt.osn.provider.NetworkProvider;

/**
 * The {@code binding:host_id} of a host for a provider: what the host reported for the provider's plugin type, else
 * its address (as the oVirt engine, which logs a warning then: a provider whose agents know the host by another id,
 * e.g. the OVS system-id, will fail the binding).
 */
@ApplicationScoped
public class HostBindings {

    private static final System.Logger LOG = System.getLogger(HostBindings.class.getName());

    private EngineInventory inventory;

    protected HostBindings() {
        // for CDI proxies
    }

    @Inject
    public HostBindings(EngineInventory inventory) {
        this.inventory = inventory;
    }

    public String bindingFor(Host host, NetworkProvider provider) {
        String pluginType = provider.externalPluginType();
        if (pluginType != null && !pluginType.isBlank()) {
            var reported = inventory.hostProviderBinding(host.id(), pluginType);
            if (reported.isPresent()) {
                return reported.get();
            }
            LOG.log(System.Logger.Level.DEBUG, "Host {0} reported no binding host id for plugin type {1}; binding"
                    + " ports of provider {2} by its address {3}", host.name(), pluginType, provider.name(),
                    host.address());
        }
        return host.address();
    }
}
