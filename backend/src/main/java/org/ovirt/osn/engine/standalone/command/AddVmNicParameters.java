package org.ovirt.osn.engine.standalone.command;

import org.ovirt.osn.engine.VmNic;
import org.ovirt.osn.engine.VmValidator;

import java.util.UUID;

/** A vNIC to add to a VM; it gets its id here. No MAC address means one from the MAC pool. */
public record AddVmNicParameters(VmNic nic) {

    public AddVmNicParameters {
        nic = new VmNic(nic.id() == null ? UUID.randomUUID() : nic.id(), nic.vmId(), nic.name(),
                VmValidator.normalizedMac(nic.macAddress()), nic.vnicProfileId(), nic.plugged(), nic.linked());
    }
}
