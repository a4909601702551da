package org.ovirt.osn.engine;

/**
 * An {@link EngineInventory} write refused because a concurrent change got there first: a name or address that was
 * free when the caller checked it is taken now. Callers check before writing; this reports the race they lost, so
 * they can answer with the same conflict their check would have given. Nothing was written.
 */
public class InventoryConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What is taken. */
    public enum Clash {
        DATA_CENTER_NAME, CLUSTER_NAME, NETWORK_NAME, VNIC_PROFILE_NAME, HOST_NAME, HOST_ADDRESS,
        VM_NAME, VM_NIC_NAME, MAC_ADDRESS
    }

    private final Clash clash;

    public InventoryConflictException(Clash clash, Throwable cause) {
        super(clash + " is already taken", cause);
        this.clash = clash;
    }

    public Clash clash() {
        return clash;
    }
}
