package org.ovirt.osn.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.dal.network.ProvidedNetworkDao;

import java.util.Optional;
import java.util.UUID;

/**
 * Which provider network a vNIC's port goes on. An engine network provided by several providers (imported from one,
 * linked to others) gets its ports from the provider of its oldest link, usually the one it was imported from; the
 * choice is deterministic (ties by link id) and stays the same as long as that link exists, so a vNIC's port does not
 * wander between providers from one run to the next.
 */
@ApplicationScoped
public class ProvidingNetworks {

    private ProvidedNetworkDao links;

    protected ProvidingNetworks() {
        // for CDI proxies
    }

    @Inject
    public ProvidingNetworks(ProvidedNetworkDao links) {
        this.links = links;
    }

    /** @return empty when no provider provides the engine network */
    public Optional<PortTarget> targetOf(UUID networkId) {
        // findByNetwork is ordered by creation time, then id
        return links.findByNetwork(networkId).stream().findFirst()
                .map(link -> new PortTarget(link.getProviderId(), link.getExternalId()));
    }
}
