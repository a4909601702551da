package org.ovirt.osn.query;

import org.ovirt.osn.provider.ProviderNetwork;

import java.util.List;
import java.util.UUID;

/** A provider network and the data centers it is already imported into (or linked in). */
public record DiscoveredNetwork(ProviderNetwork network, List<UUID> dataCenterIds) {

    public DiscoveredNetwork {
        dataCenterIds = List.copyOf(dataCenterIds);
    }
}
