package org.ovirt.osn.engine.standalone.command;

import org.ovirt.osn.engine.NetworkClusterAttachment;

/** A network to attach to a cluster of its data center. */
public record AttachNetworkToClusterParameters(NetworkClusterAttachment attachment) {
}
