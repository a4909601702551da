package org.ovirt.osn.engine;

import java.util.UUID;

/**
 * An engine logical network of a data center.
 *
 * @param mtu       {@link #DEFAULT_MTU} or 68..65535
 * @param vlanId    0..4094, or null for an untagged network
 * @param vmNetwork whether VMs may use it (else it is a host-only network)
 * @param vdsmName  the name hosts know it by (at most 15 characters); the engine picks it when the network is
 *                  created and never changes it, so it is null in a network about to be added
 */
public record LogicalNetwork(UUID id, UUID dataCenterId, String name, String description, int mtu, Integer vlanId,
                             boolean vmNetwork, String vdsmName) {

    /** The MTU value that means "the engine's default". */
    public static final int DEFAULT_MTU = 0;

    public LogicalNetwork withId(UUID newId) {
        return new LogicalNetwork(newId, dataCenterId, name, description, mtu, vlanId, vmNetwork, vdsmName);
    }
}
