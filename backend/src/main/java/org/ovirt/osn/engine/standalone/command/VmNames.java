package org.ovirt.osn.engine.standalone.command;

import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.Vm;
import org.ovirt.osn.engine.VmNic;

import java.util.UUID;

/** Names of VMs and vNICs for audit messages: the name when the object exists, else the id the caller gave. */
final class VmNames {

    private VmNames() {
    }

    static String vm(VmInventory vms, UUID id) {
        return id == null ? "(none)" : vms.vm(id).map(Vm::name).orElse(id.toString());
    }

    /** The VMs the vNICs belong to. */
    static java.util.List<String> vmsOf(VmInventory vms, java.util.List<VmNic> nics) {
        return nics.stream().map(n -> vm(vms, n.vmId())).toList();
    }

    static String nic(VmInventory vms, UUID id) {
        return id == null ? "(none)" : vms.nic(id).map(VmNic::name).orElse(id.toString());
    }
}
