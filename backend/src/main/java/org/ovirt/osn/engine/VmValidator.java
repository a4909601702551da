package org.ovirt.osn.engine;

import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.ovirt.osn.command.ValidationResult.VALID;
import static org.ovirt.osn.command.ValidationResult.failWith;
import static org.ovirt.osn.command.ValidationResult.validWhen;

/** Rules on VMs and their vNICs, for the commands that run VMs and plug vNICs. Each returns a result, never throws. */
public final class VmValidator {

    /** Column sizes of the engine's tables. */
    public static final int MAX_VM_NAME = 255;
    public static final int MAX_VM_NIC_NAME = 50;

    private static final Pattern MAC = Pattern.compile("[0-9a-f]{2}(:[0-9a-f]{2}){5}");

    private VmValidator() {
    }

    /** The form the inventory stores: lower case. */
    public static String normalizedMac(String mac) {
        return mac == null ? null : mac.strip().toLowerCase(Locale.ROOT);
    }

    /** Six colon-separated hex pairs, unicast (lowest bit of the first octet clear) and not all zero. */
    public static ValidationResult macValid(String mac) {
        String normalized = normalizedMac(mac);
        boolean valid = normalized != null && MAC.matcher(normalized).matches()
                && (Integer.parseInt(normalized.substring(0, 2), 16) & 1) == 0
                && !normalized.equals("00:00:00:00:00:00");
        return validWhen(valid, EngineMessage.VALIDATION_VM_NIC_MAC_ADDRESS_INVALID,
                Map.of("MacAddress", String.valueOf(mac)));
    }

    /** @param reference the id the caller gave */
    public static ValidationResult vmExists(InventoryValidator.Subject subject, Optional<Vm> found, Object reference) {
        return found.isPresent() ? VALID : failWith(EngineMessage.ACTION_TYPE_FAILED_VM_DOESNT_EXIST,
                Map.of("Type", subject.label(), "Vm", String.valueOf(reference)));
    }

    /** The vNIC exists and belongs to this VM (a vNIC of another VM is as unknown here). */
    public static ValidationResult nicExists(Vm vm, Optional<VmNic> found, Object reference) {
        return found.filter(n -> n.vmId().equals(vm.id())).isPresent() ? VALID
                : failWith(EngineMessage.ACTION_TYPE_FAILED_VM_NIC_DOESNT_EXIST,
                Map.of("VmName", vm.name(), "VmNic", String.valueOf(reference)));
    }

    public static ValidationResult vmNameFree(Vm candidate, Optional<Vm> holder) {
        return validWhen(!takenByOther(holder.map(Vm::id), candidate.id()),
                EngineMessage.ACTION_TYPE_FAILED_VM_NAME_IN_USE, Map.of("VmName", candidate.name()));
    }

    /** vNIC names are unique per VM. */
    public static ValidationResult nicNameFree(Vm vm, VmNic candidate, Optional<VmNic> holder) {
        return validWhen(!takenByOther(holder.map(VmNic::id), candidate.id()),
                EngineMessage.ACTION_TYPE_FAILED_VM_NIC_NAME_IN_USE,
                Map.of("VmName", vm.name(), "VmNicName", candidate.name()));
    }

    /** MAC addresses are unique in the (one) MAC pool. */
    public static ValidationResult macFree(VmNic candidate, Optional<VmNic> holder) {
        return validWhen(!takenByOther(holder.map(VmNic::id), candidate.id()),
                EngineMessage.ACTION_TYPE_FAILED_MAC_ADDRESS_IN_USE, Map.of("MacAddress", candidate.macAddress()));
    }

    public static ValidationResult isDown(Vm vm) {
        return validWhen(vm.status() == VmStatus.DOWN, EngineMessage.ACTION_TYPE_FAILED_VM_IS_NOT_DOWN, status(vm));
    }

    public static ValidationResult isUp(Vm vm) {
        return validWhen(vm.status() == VmStatus.UP, EngineMessage.ACTION_TYPE_FAILED_VM_IS_NOT_UP, status(vm));
    }

    public static ValidationResult isRunning(Vm vm) {
        return validWhen(vm.status().running(), EngineMessage.ACTION_TYPE_FAILED_VM_IS_NOT_RUNNING,
                Map.of("VmName", vm.name()));
    }

    public static ValidationResult hasHosts(Vm vm, Cluster cluster, List<Host> hosts) {
        return validWhen(!hosts.isEmpty(), EngineMessage.ACTION_TYPE_FAILED_NO_HOST_IN_CLUSTER,
                Map.of("VmName", vm.name(), "ClusterName", cluster.name()));
    }

    public static ValidationResult hostInVmCluster(Vm vm, Cluster cluster, Host host) {
        return validWhen(host.clusterId().equals(vm.clusterId()), EngineMessage.ACTION_TYPE_FAILED_HOST_NOT_IN_VM_CLUSTER,
                Map.of("VmName", vm.name(), "ClusterName", cluster.name(), "HostName", host.name()));
    }

    public static ValidationResult notRunningOn(Vm vm, Host host) {
        return validWhen(!host.id().equals(vm.runOnHostId()), EngineMessage.ACTION_TYPE_FAILED_MIGRATION_TO_SAME_HOST,
                Map.of("VmName", vm.name(), "HostName", host.name()));
    }

    /** A vNIC can use a profile only when the profile's network is attached to the VM's cluster. */
    public static ValidationResult profileInVmCluster(Vm vm, Cluster cluster, VnicProfile profile,
                                                      List<NetworkClusterAttachment> attachments) {
        return validWhen(attachments.stream().anyMatch(a -> a.clusterId().equals(vm.clusterId())),
                EngineMessage.ACTION_TYPE_FAILED_VNIC_PROFILE_NOT_IN_VM_CLUSTER,
                Map.of("VmName", vm.name(), "ClusterName", cluster.name(), "VnicProfileName", profile.name()));
    }

    public static ValidationResult isUnplugged(Vm vm, VmNic nic) {
        return validWhen(!nic.plugged(), EngineMessage.ACTION_TYPE_FAILED_VM_NIC_ALREADY_PLUGGED, nicNames(vm, nic));
    }

    public static ValidationResult isPlugged(Vm vm, VmNic nic) {
        return validWhen(nic.plugged(), EngineMessage.ACTION_TYPE_FAILED_VM_NIC_ALREADY_UNPLUGGED, nicNames(vm, nic));
    }

    /** A vNIC's MAC address changes only while the vNIC is unplugged. */
    public static ValidationResult macUnchangedWhilePlugged(Vm vm, VmNic current, String newMac) {
        return validWhen(!current.plugged() || Objects.equals(current.macAddress(), newMac),
                EngineMessage.ACTION_TYPE_FAILED_VM_NIC_MAC_CHANGE_WHILE_PLUGGED, nicNames(vm, current));
    }

    /** A plugged vNIC of a running VM is unplugged before it is removed, as the engine asks. */
    public static ValidationResult notPluggedIntoRunningVm(Vm vm, VmNic nic) {
        return validWhen(!(nic.plugged() && vm.status().running()),
                EngineMessage.ACTION_TYPE_FAILED_VM_NIC_PLUGGED_INTO_RUNNING_VM, nicNames(vm, nic));
    }

    /** A cluster that still has VMs stays (the database refuses too). */
    public static ValidationResult hasNoVms(Cluster cluster, List<Vm> vms) {
        return validWhen(vms.isEmpty(), EngineMessage.ACTION_TYPE_FAILED_CLUSTER_HAS_VMS,
                Map.of("ClusterName", cluster.name(), "VmNames", names(vms)));
    }

    /** A host that VMs run on stays. */
    public static ValidationResult runsNoVms(Host host, List<Vm> vms) {
        return validWhen(vms.isEmpty(), EngineMessage.ACTION_TYPE_FAILED_HOST_RUNS_VMS,
                Map.of("HostName", host.name(), "VmNames", names(vms)));
    }

    /**
     * A network or vNIC profile that vNICs are connected through stays, as in the engine (the database would leave
     * the vNICs on the empty profile).
     *
     * @param vmNames the VMs of those vNICs
     */
    public static ValidationResult notUsedByVnics(InventoryValidator.Subject subject, String name,
                                                  List<String> vmNames) {
        return validWhen(vmNames.isEmpty(), EngineMessage.ACTION_TYPE_FAILED_USED_BY_VM_NICS,
                Map.of("Type", subject.label(), "Name", name,
                        "VmNames", String.join(", ", new java.util.TreeSet<>(vmNames))));
    }

    private static String names(List<Vm> vms) {
        return vms.stream().map(Vm::name).collect(java.util.stream.Collectors.joining(", "));
    }

    private static Map<String, String> status(Vm vm) {
        return Map.of("VmName", vm.name(), "VmStatus", vm.status().name().toLowerCase(Locale.ROOT));
    }

    private static Map<String, String> nicNames(Vm vm, VmNic nic) {
        return Map.of("VmName", vm.name(), "VmNicName", nic.name());
    }

    private static boolean takenByOther(Optional<UUID> holder, UUID candidate) {
        return holder.isPresent() && !Objects.equals(holder.get(), candidate);
    }
}
