package org.ovirt.osn.engine.standalone.command;

import org.ovirt.osn.engine.Vm;
import org.ovirt.osn.engine.VmStatus;

import java.util.UUID;

/**
 * A VM to add to a cluster; it gets its id here and starts out down.
 *
 * @param owner the login name of the user it will belong to (who adds it); null for none
 */
public record AddVmParameters(Vm vm, String owner) {

    public AddVmParameters(Vm vm) {
        this(vm, null);
    }

    public AddVmParameters {
        vm = new Vm(vm.id() == null ? UUID.randomUUID() : vm.id(), vm.name(), vm.description(), vm.clusterId(),
                VmStatus.DOWN, null);
    }
}
