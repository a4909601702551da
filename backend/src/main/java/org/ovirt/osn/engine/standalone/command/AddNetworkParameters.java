package org.ovirt.osn.engine.standalone.command;

import org.ovirt.osn.engine.LogicalNetwork;

import java.util.UUID;

/** A logical network to add to a data center; it gets its id here, its vdsm name from the engine. */
public record AddNetworkParameters(LogicalNetwork network) {

    public AddNetworkParameters {
        if (network.id() == null) {
            network = network.withId(UUID.randomUUID());
        }
    }
}
