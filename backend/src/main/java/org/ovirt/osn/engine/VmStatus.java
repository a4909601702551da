package org.ovirt.osn.engine;

/** Where a VM is in its life, as far as the module cares: not running, running on a host, or moving to another. */
public enum VmStatus {
    DOWN, UP, MIGRATING;

    public boolean running() {
        return this != DOWN;
    }
}
