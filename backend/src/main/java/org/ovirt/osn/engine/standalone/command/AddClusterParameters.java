package org.ovirt.osn.engine.standalone.command;

import org.ovirt.osn.engine.Cluster;

import java.util.UUID;

/** A cluster to add to a data center; it gets its id here. */
public record AddClusterParameters(Cluster cluster) {

    public AddClusterParameters {
        if (cluster.id() == null) {
            cluster = cluster.withId(UUID.randomUUID());
        }
    }
}
