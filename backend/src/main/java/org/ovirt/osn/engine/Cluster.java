package org.ovirt.osn.engine;

import java.util.UUID;

/** An engine cluster, in one data center. Cluster names are unique across data centers. */
public record Cluster(UUID id, String name, String description, UUID dataCenterId) {

    public Cluster withId(UUID newId) {
        return new Cluster(newId, name, description, dataCenterId);
    }
}
