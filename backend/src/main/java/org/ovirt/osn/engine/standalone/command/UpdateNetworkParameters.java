package org.ovirt.osn.engine.standalone.command;

import org.ovirt.osn.engine.LogicalNetwork;

/** The network as it should be: name, description, MTU, VLAN and VM use; its data center cannot change. */
public record UpdateNetworkParameters(LogicalNetwork network) {
}
