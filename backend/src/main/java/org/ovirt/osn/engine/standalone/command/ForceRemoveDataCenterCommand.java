package org.ovirt.osn.engine.standalone.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ProviderLocking;
import org.ovirt.osn.command.Transactions;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.Cluster;
import org.ovirt.osn.engine.DataCenter;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.Host;
import org.ovirt.osn.engine.Vm;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNicLifecycle;
import org.ovirt.osn.engine.VmStatus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.ovirt.osn.engine.InventoryValidator.Subject.DATA_CENTER;
import static org.ovirt.osn.engine.InventoryValidator.dataCenterExists;

/**
 * Forced removal of a data center with everything in it: its VMs (whose provider ports are released through the
 * durable queue, in the same transaction as the rows go, as oVirt's forced data center removal deallocates every vNIC
 * of the data center), hosts, clusters and networks. Refused while one of its VMs is not down: the ports of a running
 * VM are not pulled from under it.
 *
 * <p>Every VM of the data center is locked (the same per-VM lock a start takes) before the removal's transaction
 * starts and until it has ended, so no VM can start in between; a VM that appears meanwhile fails the removal with
 * "changed meanwhile, retry" instead of being removed unlocked.
 */
@ApplicationScoped
public class ForceRemoveDataCenterCommand implements Command<InventoryIdParameters, Void> {

    private EngineInventory inventory;
    private VmInventory vms;
    private VmNicLifecycle lifecycle;
    private ProviderLocking locking;
    private Transactions transactions;

    protected ForceRemoveDataCenterCommand() {
        // for CDI proxies
    }

    @Inject
    public ForceRemoveDataCenterCommand(EngineInventory inventory, VmInventory vms, VmNicLifecycle lifecycle,
                                        ProviderLocking locking, Transactions transactions) {
        this.inventory = inventory;
        this.vms = vms;
        this.lifecycle = lifecycle;
        this.locking = locking;
        this.transactions = transactions;
    }

    @Override
    public ValidationResult validate(InventoryIdParameters parameters) {
        ValidationResult exists = dataCenterExists(DATA_CENTER, inventory.dataCenter(parameters.id()), parameters.id());
        if (!exists.isValid()) {
            return exists;
        }
        return allDown(inventory.dataCenter(parameters.id()).orElseThrow(), vmsOf(parameters.id()));
    }

    @Override
    public Void execute(InventoryIdParameters parameters) {
        List<Vm> locked = vmsOf(parameters.id());
        List<ProviderLocking.Held> held = new ArrayList<>();
        try {
            for (Vm vm : locked) {
                held.add(locking.lockVm(vm.id()));
            }
            Set<UUID> lockedIds = new HashSet<>();
            locked.forEach(vm -> lockedIds.add(vm.id()));
            transactions.inTransaction((Supplier<Void>) () -> {
                removeUnderLock(parameters.id(), lockedIds);
                return null;
            });
        } finally {
            held.forEach(ProviderLocking.Held::close);
        }
        return null;
    }

    /** Validation again, now that no VM of the data center can start, then the removal, children first. */
    private void removeUnderLock(UUID dataCenterId, Set<UUID> lockedIds) {
        List<Vm> now = vmsOf(dataCenterId);
        if (now.stream().anyMatch(vm -> !lockedIds.contains(vm.id()))) {
            throw new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_DATA_CHANGED_CONCURRENTLY, Map.of(),
                    null);
        }
        ValidationResult down = allDown(inventory.dataCenter(dataCenterId).orElseThrow(), now);
        if (!down.isValid()) {
            throw new CommandFailedException(down);
        }
        for (Vm vm : now) {
            // the ports' release is queued in this transaction, before the VM's rows go
            lifecycle.vmRemoving(vm.id());
            vms.removeVm(vm.id());
        }
        for (Cluster cluster : inventory.clustersOf(dataCenterId)) {
            for (Host host : inventory.hostsOf(cluster.id())) {
                inventory.removeHost(host.id());
            }
            inventory.removeCluster(cluster.id());
        }
        // its networks, their vNIC profiles and cluster attachments go with it
        inventory.removeDataCenter(dataCenterId);
    }

    private List<Vm> vmsOf(UUID dataCenterId) {
        List<Vm> all = new ArrayList<>();
        for (Cluster cluster : inventory.clustersOf(dataCenterId)) {
            all.addAll(vms.vmsOf(cluster.id()));
        }
        return all;
    }

    private static ValidationResult allDown(DataCenter dataCenter, List<Vm> vms) {
        String notDown = vms.stream().filter(vm -> vm.status() != VmStatus.DOWN).map(Vm::name).sorted()
                .collect(Collectors.joining(", "));
        return ValidationResult.validWhen(notDown.isEmpty(),
                EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_HAS_VMS_NOT_DOWN,
                Map.of("DataCenterName", dataCenter.name(), "VmNames", notDown));
    }

    @Override
    public boolean transactional() {
        // the VM locks must be held from before the transaction starts until after it ends
        return false;
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.STANDALONE_DATA_CENTER_FORCE_REMOVED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.STANDALONE_DATA_CENTER_FORCE_REMOVAL_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(InventoryIdParameters parameters) {
        return InventoryNames.variables("remove",
                "DataCenterName", InventoryNames.dataCenter(inventory, parameters.id()));
    }
}
