package org.ovirt.osn.provisioning;

import org.ovirt.osn.engine.VmNic;

import java.util.List;

/**
 * One vNIC that needs a port bound to a host.
 *
 * @param securityGroups  null: the provider's default groups; empty: none; else exactly these
 * @param knownPortId     the port the module recorded for the vNIC on this target, or null
 * @param intentOpen      an earlier create for the vNIC on this provider was sent and its port never recorded
 */
record VnicPortRequest(VmNic nic, PortTarget target, List<String> securityGroups, String knownPortId,
                       boolean intentOpen) {

    /** Whether the provider may hold a port for the vNIC; if not, there is nothing to look up. */
    boolean mayHavePort() {
        return knownPortId != null || intentOpen;
    }
}
