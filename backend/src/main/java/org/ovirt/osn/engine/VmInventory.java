package org.ovirt.osn.engine;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The engine's VMs and their vNICs, and the MAC pool the vNICs take their addresses from, as the module's commands
 * see them. The same contract as {@link EngineInventory}: reads return copies, lists are ordered by name, writes join
 * the caller's transaction and do not validate, and a name or MAC address taken by a concurrent writer is reported as
 * an {@link InventoryConflictException}. Implementations are thread-safe.
 */
public interface VmInventory {

    List<Vm> vms();

    List<Vm> vmsOf(UUID clusterId);

    /** The VMs running on (or migrating away from) a host. */
    List<Vm> vmsOnHost(UUID hostId);

    Optional<Vm> vm(UUID id);

    Optional<Vm> vmByName(String name);

    void addVm(Vm vm);

    /**
     * The login name ({@code user@profile}) of the VM's owner, the user who added it; the REST API's roles let a
     * user act on its own VMs. Empty for an unknown VM or one without an owner.
     */
    Optional<String> ownerOf(UUID vmId);

    /** Records the owner of a VM just added, in the caller's transaction. */
    void setOwner(UUID vmId, String owner);

    /** Changes the status and the host a VM runs on; name, description and cluster stay. */
    void updateVmStatus(UUID id, VmStatus status, UUID runOnHostId);

    /** Removes the VM and its vNICs. */
    void removeVm(UUID id);

    List<VmNic> nicsOf(UUID vmId);

    Optional<VmNic> nic(UUID id);

    Optional<VmNic> nicByName(UUID vmId, String name);

    /** The vNICs connected through this profile. */
    List<VmNic> nicsUsingProfile(UUID vnicProfileId);

    /** The vNICs connected through any profile of this network. */
    List<VmNic> nicsOnNetwork(UUID networkId);

    /** @param macAddress lower case, colon separated */
    Optional<VmNic> nicByMac(String macAddress);

    /**
     * The next free address of the MAC pool, never handed out before. Concurrent callers wait for each other's
     * transactions, so they never get the same one.
     *
     * @return empty when the pool is used up
     */
    Optional<String> allocateMac();

    void addNic(VmNic nic);

    /** Changes name, MAC address, profile, plugged and linked; the VM stays. */
    void updateNic(VmNic nic);

    void removeNic(UUID id);
}
