package org.ovirt.osn.engine.standalone.command;

import org.ovirt.osn.engine.Host;

import java.util.UUID;

/** A host to add to a cluster; it gets its id here. */
public record AddHostParameters(Host host) {

    public AddHostParameters {
        if (host.id() == null) {
            host = host.withId(UUID.randomUUID());
        }
    }
}
