package org.ovirt.osn.engine.standalone.command;

import org.ovirt.osn.engine.VmNic;
import org.ovirt.osn.engine.VmValidator;

/**
 * A vNIC as it should be: name, MAC address, profile and link state. Whether it is plugged is not changed here
 * (activate and deactivate do that).
 */
public record UpdateVmNicParameters(VmNic nic) {

    public UpdateVmNicParameters {
        nic = nic.withMacAddress(VmValidator.normalizedMac(nic.macAddress()));
    }
}
