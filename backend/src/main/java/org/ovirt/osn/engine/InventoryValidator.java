package org.ovirt.osn.engine;

import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.ovirt.osn.command.ValidationResult.VALID;
import static org.ovirt.osn.command.ValidationResult.failWith;
import static org.ovirt.osn.command.ValidationResult.validWhen;

/**
 * Rules on engine objects, for any command that creates or refers to them (the standalone host's own commands, and
 * import/export). Each returns a result and never throws; failures carry {@code Type} (what is being changed) so one
 * message serves every kind of object.
 */
public final class InventoryValidator {

    /** What a rule is about, as the message names it. */
    public enum Subject {
        DATA_CENTER("data center"), CLUSTER("cluster"), NETWORK("network"), VNIC_PROFILE("vNIC profile"), HOST("host"),
        VM("VM"), VM_NIC("vNIC");

        private final String label;

        Subject(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Column sizes of the engine's tables. */
    public static final int MAX_DATA_CENTER_NAME = 40;
    public static final int MAX_CLUSTER_NAME = 40;
    public static final int MAX_NETWORK_NAME = 256;
    public static final int MAX_VNIC_PROFILE_NAME = 256;
    public static final int MAX_HOST_NAME = 255;
    public static final int MAX_HOST_ADDRESS = 255;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_PROPERTY_NAME = 128;
    public static final int MAX_PROPERTY_VALUE = 4000;
    public static final int MIN_MTU = 68;
    public static final int MAX_MTU = 65535;
    public static final int MAX_VLAN_ID = 4094;

    private static final Pattern SIMPLE_NAME = Pattern.compile("[\\p{L}0-9._-]+");
    private static final Pattern HOST_NAME_OR_IPV4 =
            Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f]*:[0-9A-Fa-f:.]*(%[A-Za-z0-9]+)?");
    private static final Pattern SECURITY_GROUP_ID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private InventoryValidator() {
    }

    /** Names of data centers, clusters and hosts: letters, digits, '.', '_' and '-'. */
    public static ValidationResult simpleNameValid(Subject subject, String name, int max) {
        return ValidationResult.firstFailure(
                () -> given(subject, "name", blankToNull(name)),
                () -> fits(subject, "name", name, max),
                () -> validWhen(SIMPLE_NAME.matcher(name).matches(), EngineMessage.VALIDATION_INVENTORY_NAME_INVALID,
                        type(subject)));
    }

    /**
     * Names of networks and vNIC profiles: any printable text, as a provider's network names are (a network is
     * often imported under its provider's name, and its default profile named after it). Bidirectional controls
     * (marks, embeddings, overrides, isolates) are refused like control characters: they make a name show as
     * another in tables and logs ("\u202Egnp.exe" reads "exe.png").
     */
    public static ValidationResult printableNameValid(Subject subject, String name, int max) {
        return ValidationResult.firstFailure(
                () -> given(subject, "name", blankToNull(name)),
                () -> fits(subject, "name", name, max),
                () -> validWhen(name.strip().equals(name) && name.chars().noneMatch(Character::isISOControl)
                                && name.chars().noneMatch(InventoryValidator::isBidiControl),
                        EngineMessage.VALIDATION_INVENTORY_NAME_MALFORMED, type(subject)));
    }

    /** Unicode's Bidi_Control characters: ALM, LRM, RLM, LRE..RLO, LRI..PDI. */
    private static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    public static ValidationResult given(Subject subject, String field, Object value) {
        return validWhen(value != null, EngineMessage.VALIDATION_INVENTORY_FIELD_REQUIRED,
                Map.of("Type", subject.label(), "Field", field));
    }

    public static ValidationResult fits(Subject subject, String field, String value, int max) {
        return validWhen(value == null || value.length() <= max, EngineMessage.VALIDATION_INVENTORY_FIELD_TOO_LONG,
                Map.of("Type", subject.label(), "Field", field, "Max", String.valueOf(max)));
    }

    /** @param reference the id or name the caller gave */
    public static ValidationResult dataCenterExists(Subject subject, Optional<DataCenter> found, Object reference) {
        return exists(subject, found, EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_DOESNT_EXIST, "DataCenter",
                reference);
    }

    public static ValidationResult clusterExists(Subject subject, Optional<Cluster> found, Object reference) {
        return exists(subject, found, EngineMessage.ACTION_TYPE_FAILED_CLUSTER_DOESNT_EXIST, "Cluster", reference);
    }

    public static ValidationResult networkExists(Subject subject, Optional<LogicalNetwork> found, Object reference) {
        return exists(subject, found, EngineMessage.ACTION_TYPE_FAILED_NETWORK_DOESNT_EXIST, "Network", reference);
    }

    public static ValidationResult vnicProfileExists(Subject subject, Optional<VnicProfile> found, Object reference) {
        return exists(subject, found, EngineMessage.ACTION_TYPE_FAILED_VNIC_PROFILE_DOESNT_EXIST, "VnicProfile",
                reference);
    }

    public static ValidationResult hostExists(Subject subject, Optional<Host> found, Object reference) {
        return exists(subject, found, EngineMessage.ACTION_TYPE_FAILED_HOST_DOESNT_EXIST, "Host", reference);
    }

    /** @param holder the data center that has the name already, if any */
    public static ValidationResult dataCenterNameFree(DataCenter candidate, Optional<DataCenter> holder) {
        return validWhen(!takenByOther(holder.map(DataCenter::id), candidate.id()),
                EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_NAME_IN_USE, Map.of("DataCenterName", candidate.name()));
    }

    public static ValidationResult clusterNameFree(Cluster candidate, Optional<Cluster> holder) {
        return validWhen(!takenByOther(holder.map(Cluster::id), candidate.id()),
                EngineMessage.ACTION_TYPE_FAILED_CLUSTER_NAME_IN_USE, Map.of("ClusterName", candidate.name()));
    }

    /** Network names are unique per data center. */
    public static ValidationResult networkNameFree(LogicalNetwork candidate, Optional<LogicalNetwork> holder,
                                                   DataCenter dataCenter) {
        return validWhen(!takenByOther(holder.map(LogicalNetwork::id), candidate.id()),
                EngineMessage.ACTION_TYPE_FAILED_NETWORK_NAME_IN_USE_IN_DATA_CENTER,
                Map.of("NetworkName", candidate.name(), "DataCenterName", dataCenter.name()));
    }

    /** Profile names are unique per network. */
    public static ValidationResult vnicProfileNameFree(VnicProfile candidate, Optional<VnicProfile> holder,
                                                       LogicalNetwork network) {
        return validWhen(!takenByOther(holder.map(VnicProfile::id), candidate.id()),
                EngineMessage.ACTION_TYPE_FAILED_VNIC_PROFILE_NAME_IN_USE_ON_NETWORK,
                Map.of("VnicProfileName", candidate.name(), "NetworkName", network.name()));
    }

    public static ValidationResult hostNameFree(Host candidate, Optional<Host> holder) {
        return validWhen(!takenByOther(holder.map(Host::id), candidate.id()),
                EngineMessage.ACTION_TYPE_FAILED_HOST_NAME_IN_USE, Map.of("HostName", candidate.name()));
    }

    public static ValidationResult hostAddressFree(Host candidate, Optional<Host> holder) {
        return validWhen(!takenByOther(holder.map(Host::id), candidate.id()),
                EngineMessage.ACTION_TYPE_FAILED_HOST_ADDRESS_IN_USE, Map.of("Address", candidate.address()));
    }

    /** {@link LogicalNetwork#DEFAULT_MTU} or 68..65535. */
    public static ValidationResult mtuValid(int mtu) {
        return validWhen(mtu == LogicalNetwork.DEFAULT_MTU || (mtu >= MIN_MTU && mtu <= MAX_MTU),
                EngineMessage.VALIDATION_NETWORK_MTU_OUT_OF_RANGE, Map.of("Mtu", String.valueOf(mtu)));
    }

    /** None, or 0..4094. */
    public static ValidationResult vlanValid(Integer vlanId) {
        return validWhen(vlanId == null || (vlanId >= 0 && vlanId <= MAX_VLAN_ID),
                EngineMessage.VALIDATION_NETWORK_VLAN_OUT_OF_RANGE, Map.of("VlanId", String.valueOf(vlanId)));
    }

    /** Named, fitting their columns, and {@code SecurityGroups} empty or a comma-separated list of ids. */
    public static ValidationResult customPropertiesValid(Map<String, String> properties) {
        for (Map.Entry<String, String> p : properties.entrySet()) {
            ValidationResult result = ValidationResult.firstFailure(
                    () -> given(Subject.VNIC_PROFILE, "custom property name", blankToNull(p.getKey())),
                    () -> fits(Subject.VNIC_PROFILE, "custom property name", p.getKey(), MAX_PROPERTY_NAME),
                    () -> fits(Subject.VNIC_PROFILE, "custom property " + p.getKey(), p.getValue(),
                            MAX_PROPERTY_VALUE));
            if (!result.isValid()) {
                return result;
            }
        }
        String groups = properties.get(VnicProfile.SECURITY_GROUPS);
        return validWhen(groups == null || groups.isBlank() || List.of(groups.strip().split("\\s*,\\s*", -1)).stream()
                        .allMatch(id -> SECURITY_GROUP_ID.matcher(id).matches()),
                EngineMessage.VALIDATION_VNIC_PROFILE_SECURITY_GROUPS_INVALID,
                Map.of("SecurityGroups", String.valueOf(groups)));
    }

    /** A host name or an IPv4 or IPv6 address. */
    public static ValidationResult addressValid(String address) {
        return ValidationResult.firstFailure(
                () -> given(Subject.HOST, "address", blankToNull(address)),
                () -> fits(Subject.HOST, "address", address, MAX_HOST_ADDRESS),
                () -> validWhen(HOST_NAME_OR_IPV4.matcher(address).matches() || IPV6.matcher(address).matches(),
                        EngineMessage.VALIDATION_HOST_ADDRESS_INVALID, Map.of("Address", address)));
    }

    public static ValidationResult hasNoClusters(DataCenter dataCenter, List<Cluster> clusters) {
        return validWhen(clusters.isEmpty(), EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_HAS_CLUSTERS,
                Map.of("DataCenterName", dataCenter.name(),
                        "ClusterNames", clusters.stream().map(Cluster::name).collect(Collectors.joining(", "))));
    }

    public static ValidationResult hasNoHosts(Cluster cluster, List<Host> hosts) {
        return validWhen(hosts.isEmpty(), EngineMessage.ACTION_TYPE_FAILED_CLUSTER_HAS_HOSTS,
                Map.of("ClusterName", cluster.name(),
                        "HostNames", hosts.stream().map(Host::name).collect(Collectors.joining(", "))));
    }

    public static ValidationResult inSameDataCenter(LogicalNetwork network, Cluster cluster) {
        return validWhen(network.dataCenterId().equals(cluster.dataCenterId()),
                EngineMessage.ACTION_TYPE_FAILED_NETWORK_AND_CLUSTER_IN_DIFFERENT_DATA_CENTERS,
                Map.of("NetworkName", network.name(), "ClusterName", cluster.name()));
    }

    public static ValidationResult notAttachedYet(LogicalNetwork network, Cluster cluster,
                                                  List<NetworkClusterAttachment> attachments) {
        return validWhen(attachments.stream().noneMatch(a -> a.clusterId().equals(cluster.id())),
                EngineMessage.ACTION_TYPE_FAILED_NETWORK_ALREADY_ATTACHED_TO_CLUSTER,
                Map.of("NetworkName", network.name(), "ClusterName", cluster.name()));
    }

    private static <T> ValidationResult exists(Subject subject, Optional<T> found, EngineMessage message,
                                               String variable, Object reference) {
        return found.isPresent() ? VALID
                : failWith(message, Map.of("Type", subject.label(), variable, String.valueOf(reference)));
    }

    private static boolean takenByOther(Optional<UUID> holder, UUID candidate) {
        return holder.isPresent() && !Objects.equals(holder.get(), candidate);
    }

    private static Map<String, String> type(Subject subject) {
        return Map.of("Type", subject.label());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
