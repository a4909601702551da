package org.ovirt.osn.engine;

import java.util.UUID;

/**
 * An engine host (hypervisor), in one cluster.
 *
 * @param address its host name or IP address; also the provider port binding host id when the host reports none
 */
public record Host(UUID id, String name, String description, String address, UUID clusterId) {

    public Host withId(UUID newId) {
        return new Host(newId, name, description, address, clusterId);
    }
}
