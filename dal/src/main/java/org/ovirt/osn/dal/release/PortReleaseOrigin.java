package org.ovirt.osn.dal.release;

/** Who asked for a port release; decides whether the vNIC is checked again before the port is deleted. */
public enum PortReleaseOrigin {
    /** An engine flow that removed the vNIC or moved it to another network: the port goes, whatever the vNIC. */
    ENGINE,
    /** The orphan-port reconciler: the port goes only if its vNIC still does not exist when the release is due. */
    RECONCILER
}
