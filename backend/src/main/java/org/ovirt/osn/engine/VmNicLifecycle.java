package org.ovirt.osn.engine;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The inbound port the engine's VM flows call so that the vNICs connected to provider networks get provider ports:
 * created when a VM runs or a vNIC is plugged, rebound when the VM migrates, kept while the VM is down or the vNIC
 * unplugged (MAC and IP reservations stay stable), released when the vNIC goes.
 *
 * <p><b>Transactions.</b> Every method must be called inside the transaction of the engine change it belongs to (the
 * VM's status, the vNIC row) and joins it. The module's record of the ports ({@code osn_vnic_port}) is written in
 * that transaction, so either both the engine change and the record commit or neither does. Ports created on the
 * provider cannot take part in a database transaction: if the transaction rolls back after a method returned, for
 * whatever reason, the ports that call created are deleted again once the rollback is done. Releases are handed to
 * the durable {@code PortReleaseQueue} in the same transaction; they happen after commit and never if it rolls back.
 *
 * <p><b>Failure.</b> A method that fails throws {@link org.ovirt.osn.command.CommandFailedException} with a message
 * naming the vNIC and the provider, after deleting the ports it created; ports that existed before are left as they
 * were. The caller then fails the flow (a VM run leaves the VM down) and rolls back its transaction.
 *
 * <p><b>Concurrency.</b> Callers serialise the calls for one VM (the engine's VM lock; the standalone host's
 * {@code vm:<id>} lease). Calls for different VMs may run in parallel. Implementations are thread-safe.
 *
 * <p>vNICs whose network is provided by no provider, unplugged vNICs and vNICs without a profile are ignored.
 */
public interface VmNicLifecycle {

    /**
     * A VM is about to run on a host, after the host was chosen and before the VM is created there (oVirt:
     * {@code RunVmCommand} before the {@code Create} verb). Makes sure every plugged vNIC on a provider network has
     * a port bound to the host: one lookup per provider for all the VM's vNICs, one bulk create for the missing
     * ports, an update only for ports whose binding or security groups differ.
     *
     * @return the connection details of each provisioned vNIC, by vNIC id
     */
    Map<UUID, ConnectionDetails> vmStarting(UUID vmId, UUID hostId);

    /**
     * A vNIC is about to be hot-plugged into a VM running on {@code hostId} (oVirt:
     * {@code ActivateDeactivateVmNicCommand.plugNic}, before the {@code HotPlugNic} verb); also for a new plugged
     * vNIC added to a running VM, and a vNIC given another profile while plugged.
     *
     * @return the connection details, or empty when the vNIC's network is provided by no provider
     */
    Optional<ConnectionDetails> vnicPlugging(UUID vnicId, UUID hostId);

    /**
     * The hot-plug prepared by {@link #vnicPlugging} failed on the host. The port of a new vNIC is released, since
     * the vNIC will not exist; an existing vNIC's port stays, as after an unplug.
     */
    void vnicPlugFailed(UUID vnicId, boolean newVnic);

    /** A vNIC was hot-unplugged. Its port stays on the provider for a re-plug; its state is recorded. */
    void vnicUnplugged(UUID vnicId);

    /** A VM went down. Its ports stay on the provider for the next run; their state is recorded. */
    void vmStopped(UUID vmId);

    /**
     * A migration has succeeded (oVirt: {@code MigrateVmCommand.runningSucceded}): every port of the VM's plugged
     * vNICs is rebound to the destination ({@code binding:host_id}); security groups are left as they are.
     */
    void vmMigrated(UUID vmId, UUID destinationHostId);

    /** A vNIC is being removed: its port is released. Call before the vNIC row goes. */
    void vnicRemoving(UUID vnicId);

    /**
     * A vNIC is being given another profile (call before the change is stored). When that moves it to another
     * provider network, or off provider networks, its old port is released; a port on the same provider network is
     * kept (its security groups follow on the next run or plug).
     *
     * @param newProfileId null for the empty profile
     */
    void vnicProfileChanging(UUID vnicId, UUID newProfileId);

    /** A VM is being removed: the ports of all its vNICs are released. Call before its rows go. */
    void vmRemoving(UUID vmId);
}
