package org.ovirt.osn.engine.standalone.command;

import java.util.UUID;

/** The VM to start, and the host to start it on (null: a host of its cluster that the engine picks). */
public record StartVmParameters(UUID vmId, UUID hostId) {
}
