package org.ovirt.osn.provisioning;

import org.ovirt.osn.engine.VmNic;

import java.util.List;

/**
 * One vNIC that needs a port bound to a host.
 *
 * @param securityGroups  null: the provider's default groups; empty: none; else exactly these
 * @param knownPortId     the port the module recorded for the vNIC on this target, or null
 */
record VnicPortRequest(VmNic nic, PortTarget target, List<String> securityGroups, String knownPortId) {
}
