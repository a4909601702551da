package org.ovirt.osn.engine;

import java.util.UUID;

/**
 * An engine cluster, in one data center. Cluster names are unique across data centers.
 *
 * @param defaultNetworkProviderId the provider whose networks sync imports into the cluster's data center and attaches
 *                                 to the cluster (the engine's {@code default_network_provider_id}); null for none
 */
public record Cluster(UUID id, String name, String description, UUID dataCenterId, UUID defaultNetworkProviderId) {

    /** A cluster without a default network provider. */
    public Cluster(UUID id, String name, String description, UUID dataCenterId) {
        this(id, name, description, dataCenterId, null);
    }

    public Cluster withId(UUID newId) {
        return new Cluster(newId, name, description, dataCenterId, defaultNetworkProviderId);
    }
}
