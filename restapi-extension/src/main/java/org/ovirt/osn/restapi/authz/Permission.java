package org.ovirt.osn.restapi.authz;

/**
 * What a REST resource method does, as oVirt's action groups name it; a {@link Role} grants a set of these. A
 * permission {@link #onVm() on a VM} may be granted for the caller's own VMs only (see {@link Role#scopeOf}).
 */
public enum Permission {

    /** Any GET: providers, networks, the engine's inventory, VMs, events, jobs. */
    READ(false),
    /** Providers, their certificates, networks and subnets, import/export, vNIC profiles, sync, port reconcile. */
    CONFIGURE_NETWORKS(false),
    /** The standalone engine's data centers, clusters and hosts. */
    CONFIGURE_ENGINE(false),
    /** Adding a VM; its creator becomes its owner. */
    CREATE_VM(false),
    /** Removing a VM, adding, changing and removing its vNICs; the VM is the path's {@code {id}}. */
    EDIT_VM(true),
    /** Starting and stopping a VM, plugging and unplugging its vNICs; the VM is the path's {@code {id}}. */
    OPERATE_VM(true),
    /** Moving a running VM to another host. */
    MIGRATE_VM(true);

    private final boolean onVm;

    Permission(boolean onVm) {
        this.onVm = onVm;
    }

    /** Whether the method acts on one VM, named by the path parameter {@code id}. */
    public boolean onVm() {
        return onVm;
    }
}
