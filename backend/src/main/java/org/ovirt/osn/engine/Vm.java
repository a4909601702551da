package org.ovirt.osn.engine;

import java.util.UUID;

/**
 * An engine VM, in one cluster.
 *
 * @param runOnHostId the host it runs on (while migrating: the source); null when down
 */
public record Vm(UUID id, String name, String description, UUID clusterId, VmStatus status, UUID runOnHostId) {

    public Vm withId(UUID newId) {
        return new Vm(newId, name, description, clusterId, status, runOnHostId);
    }

    public Vm running(VmStatus newStatus, UUID hostId) {
        return new Vm(id, name, description, clusterId, newStatus, hostId);
    }
}
