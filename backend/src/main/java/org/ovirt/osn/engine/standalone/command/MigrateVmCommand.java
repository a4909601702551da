package org.ovirt.osn.engine.standalone.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.Vm;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNicLifecycle;
import org.ovirt.osn.engine.VmStatus;

import java.util.Map;
import java.util.UUID;

import static org.ovirt.osn.engine.InventoryValidator.Subject.VM;
import static org.ovirt.osn.engine.InventoryValidator.given;
import static org.ovirt.osn.engine.InventoryValidator.hostExists;
import static org.ovirt.osn.engine.VmValidator.hostInVmCluster;
import static org.ovirt.osn.engine.VmValidator.isUp;
import static org.ovirt.osn.engine.VmValidator.notRunningOn;
import static org.ovirt.osn.engine.VmValidator.vmExists;

/** Moves a VM that is up to another host of its cluster; the move itself takes no time here. */
@ApplicationScoped
public class MigrateVmCommand implements Command<MigrateVmParameters, Void> {

    private EngineInventory inventory;
    private VmInventory vms;
    private VmNicLifecycle lifecycle;
    private ProviderNetworksOnHost networksOnHost;

    protected MigrateVmCommand() {
        // for CDI proxies
    }

    /** Every host counts as having every provider network (for tests not about placement). */
    public MigrateVmCommand(EngineInventory inventory, VmInventory vms, VmNicLifecycle lifecycle) {
        this(inventory, vms, lifecycle, ProviderNetworksOnHost.everywhere());
    }

    @Inject
    public MigrateVmCommand(EngineInventory inventory, VmInventory vms, VmNicLifecycle lifecycle,
                            ProviderNetworksOnHost networksOnHost) {
        this.inventory = inventory;
        this.vms = vms;
        this.lifecycle = lifecycle;
        this.networksOnHost = networksOnHost;
    }

    @Override
    public ValidationResult validate(MigrateVmParameters parameters) {
        return ValidationResult.firstFailure(
                () -> vmExists(VM, vms.vm(parameters.vmId()), parameters.vmId()),
                () -> isUp(vm(parameters)),
                () -> given(VM, "host", parameters.hostId()),
                () -> hostExists(VM, inventory.host(parameters.hostId()), parameters.hostId()),
                () -> hostInVmCluster(vm(parameters), inventory.cluster(vm(parameters).clusterId()).orElseThrow(),
                        inventory.host(parameters.hostId()).orElseThrow()),
                () -> notRunningOn(vm(parameters), inventory.host(parameters.hostId()).orElseThrow()),
                () -> networksOnHost.hostHasThem(vm(parameters), inventory.host(parameters.hostId()).orElseThrow()));
    }

    @Override
    public Void execute(MigrateVmParameters parameters) {
        vms.updateVmStatus(parameters.vmId(), VmStatus.UP, parameters.hostId());
        // the move has succeeded: the ports follow the VM (oVirt: MigrateVmCommand.runningSucceded)
        lifecycle.vmMigrated(parameters.vmId(), parameters.hostId());
        return null;
    }

    private Vm vm(MigrateVmParameters parameters) {
        return vms.vm(parameters.vmId()).orElseThrow();
    }

    @Override
    public UUID lockedVm(MigrateVmParameters parameters) {
        return parameters.vmId();
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.STANDALONE_VM_MIGRATED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.STANDALONE_VM_MIGRATION_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(MigrateVmParameters parameters) {
        return InventoryNames.variables("migrate", "VmName", VmNames.vm(vms, parameters.vmId()),
                "HostName", InventoryNames.host(inventory, parameters.hostId()));
    }
}
