package org.ovirt.osn.engine.standalone.command;

import java.util.UUID;

/** The VM to migrate and the host of its cluster to move it to. */
public record MigrateVmParameters(UUID vmId, UUID hostId) {
}
