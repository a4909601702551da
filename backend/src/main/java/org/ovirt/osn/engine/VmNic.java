package org.ovirt.osn.engine;

import java.util.UUID;

/**
 * A vNIC of an engine VM.
 *
 * @param macAddress    lower case, colon separated
 * @param vnicProfileId null for the empty profile (connected to no network)
 * @param plugged       whether the device is in the VM (hot-plugged or not)
 * @param linked        whether its link is up
 */
public record VmNic(UUID id, UUID vmId, String name, String macAddress, UUID vnicProfileId, boolean plugged,
                    boolean linked) {

    public VmNic withId(UUID newId) {
        return new VmNic(newId, vmId, name, macAddress, vnicProfileId, plugged, linked);
    }

    public VmNic withMacAddress(String mac) {
        return new VmNic(id, vmId, name, mac, vnicProfileId, plugged, linked);
    }

    public VmNic withPlugged(boolean newPlugged) {
        return new VmNic(id, vmId, name, macAddress, vnicProfileId, newPlugged, linked);
    }
}
