package org.ovirt.osn.dal.port;

/** Where a provisioned port is in its vNIC's life. In every state the port exists on the provider. */
public enum VnicPortState {
    /** Bound to the host the vNIC's VM runs on. */
    ACTIVE,
    /** The vNIC was hot-unplugged; the port stays for a re-plug, with its MAC and addresses. */
    UNPLUGGED,
    /** The VM is down; the port stays for the next run, with its MAC and addresses. */
    DOWN
}
