package org.ovirt.osn.engine.standalone.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.command.Command;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.Cluster;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.Host;
import org.ovirt.osn.engine.Vm;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNicLifecycle;
import org.ovirt.osn.engine.VmStatus;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.ovirt.osn.engine.InventoryValidator.Subject.VM;
import static org.ovirt.osn.engine.InventoryValidator.hostExists;
import static org.ovirt.osn.engine.VmValidator.hasHosts;
import static org.ovirt.osn.engine.VmValidator.hostInVmCluster;
import static org.ovirt.osn.engine.VmValidator.isDown;
import static org.ovirt.osn.engine.VmValidator.vmExists;

/**
 * Starts a VM that is down on the given host of its cluster, or on the host of its cluster that runs the fewest VMs
 * (ties: by name). Nothing runs anywhere: the standalone host records where the VM is up.
 */
@ApplicationScoped
public class StartVmCommand implements Command<StartVmParameters, UUID> {

    private EngineInventory inventory;
    private VmInventory vms;
    private VmNicLifecycle lifecycle;
    private ProviderNetworksOnHost networksOnHost;

    protected StartVmCommand() {
        // for CDI proxies
    }

    /** Every host counts as having every provider network (for tests not about placement). */
    public StartVmCommand(EngineInventory inventory, VmInventory vms, VmNicLifecycle lifecycle) {
        this(inventory, vms, lifecycle, ProviderNetworksOnHost.everywhere());
    }

    @Inject
    public StartVmCommand(EngineInventory inventory, VmInventory vms, VmNicLifecycle lifecycle,
                          ProviderNetworksOnHost networksOnHost) {
        this.inventory = inventory;
        this.vms = vms;
        this.lifecycle = lifecycle;
        this.networksOnHost = networksOnHost;
    }

    @Override
    public ValidationResult validate(StartVmParameters parameters) {
        return ValidationResult.firstFailure(
                () -> vmExists(VM, vms.vm(parameters.vmId()), parameters.vmId()),
                () -> isDown(vm(parameters)),
                () -> parameters.hostId() == null
                        ? ValidationResult.firstFailure(
                        () -> hasHosts(vm(parameters), cluster(parameters), clusterHosts(parameters)),
                        () -> networksOnHost.someHostHasThem(vm(parameters), cluster(parameters),
                                clusterHosts(parameters)))
                        : ValidationResult.firstFailure(
                        () -> hostExists(VM, inventory.host(parameters.hostId()), parameters.hostId()),
                        () -> hostInVmCluster(vm(parameters), cluster(parameters),
                                inventory.host(parameters.hostId()).orElseThrow()),
                        () -> networksOnHost.hostHasThem(vm(parameters),
                                inventory.host(parameters.hostId()).orElseThrow())));
    }

    @Override
    public UUID execute(StartVmParameters parameters) {
        UUID hostId = chosenHost(parameters).orElseThrow().id();
        // before the VM counts as up (oVirt: RunVmCommand, right before the Create verb); a failure throws, so the
        // start fails, the VM stays down and the ports this attempt created are deleted again
        lifecycle.vmStarting(parameters.vmId(), hostId);
        vms.updateVmStatus(parameters.vmId(), VmStatus.UP, hostId);
        return hostId;
    }

    /**
     * The given host, else the least busy host of the VM's cluster that has all its provider networks; empty when
     * there is none.
     */
    private Optional<Host> chosenHost(StartVmParameters parameters) {
        if (parameters.hostId() != null) {
            return inventory.host(parameters.hostId());
        }
        return vms.vm(parameters.vmId()).stream()
                .flatMap(vm -> networksOnHost.hostsWithThem(vm, inventory.hostsOf(vm.clusterId())).stream())
                .min(Comparator.<Host>comparingInt(h -> vms.vmsOnHost(h.id()).size()).thenComparing(Host::name));
    }

    private List<Host> clusterHosts(StartVmParameters parameters) {
        return inventory.hostsOf(vm(parameters).clusterId());
    }

    private Vm vm(StartVmParameters parameters) {
        return vms.vm(parameters.vmId()).orElseThrow();
    }

    private Cluster cluster(StartVmParameters parameters) {
        return inventory.cluster(vm(parameters).clusterId()).orElseThrow();
    }

    @Override
    public UUID lockedVm(StartVmParameters parameters) {
        return parameters.vmId();
    }

    @Override
    public AuditLogType successEvent() {
        return AuditLogType.STANDALONE_VM_STARTED;
    }

    @Override
    public AuditLogType failureEvent() {
        return AuditLogType.STANDALONE_VM_START_FAILED;
    }

    @Override
    public Map<String, String> auditVariables(StartVmParameters parameters) {
        return InventoryNames.variables("run", "VmName", VmNames.vm(vms, parameters.vmId()),
                "HostName", parameters.hostId() != null ? InventoryNames.host(inventory, parameters.hostId())
                        : chosenHost(parameters).map(Host::name).orElse(null));
    }
}
