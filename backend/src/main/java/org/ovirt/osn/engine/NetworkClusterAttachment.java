package org.ovirt.osn.engine;

import java.util.UUID;

/**
 * A logical network attached to a cluster of its data center.
 *
 * @param required whether every host of the cluster must have the network (networks of providers never are)
 */
public record NetworkClusterAttachment(UUID networkId, UUID clusterId, boolean required) {
}
