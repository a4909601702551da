package org.ovirt.osn.engine.standalone.command;

import java.util.UUID;

/** The vNIC a command acts on, and the VM it must belong to. */
public record VmNicParameters(UUID vmId, UUID nicId) {
}
