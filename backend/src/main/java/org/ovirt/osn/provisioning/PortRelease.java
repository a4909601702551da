package org.ovirt.osn.provisioning;

import java.util.Objects;
import java.util.UUID;

/**
 * One provider port to delete.
 *
 * @param portId   the provider's port id; null when the module never learnt it, in which case the ports whose device id
 *                 is the vNIC id and whose device owner is the engine's are deleted
 * @param vnicId   the vNIC the port belonged to (its device id on the provider)
 * @param vnicName for the audit log; may be null
 * @param vmName   for the audit log; may be null
 */
public record PortRelease(UUID providerId, String portId, UUID vnicId, String vnicName, String vmName) {

    public PortRelease {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(vnicId, "vnicId");
    }
}
