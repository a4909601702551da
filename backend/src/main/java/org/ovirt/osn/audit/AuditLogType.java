package org.ovirt.osn.audit;

/**
 * Every event the module writes to the audit log. The text of each is in {@code AuditLogMessages.properties}, with
 * {@code ${Var}} placeholders; codes are in the engine's provider range (the standalone engine host's own events in
 * 9000-9099) and unique (a test checks both).
 */
public enum AuditLogType {
    PROVIDER_ADDED(205, AuditSeverity.NORMAL),
    PROVIDER_ADDITION_FAILED(206, AuditSeverity.ERROR),
    PROVIDER_UPDATED(207, AuditSeverity.NORMAL),
    PROVIDER_UPDATE_FAILED(208, AuditSeverity.ERROR),
    PROVIDER_REMOVED(209, AuditSeverity.NORMAL),
    PROVIDER_REMOVAL_FAILED(210, AuditSeverity.ERROR),
    PROVIDER_CERTIFICATE_IMPORTED(213, AuditSeverity.NORMAL),
    PROVIDER_CERTIFICATE_IMPORT_FAILED(214, AuditSeverity.ERROR),
    PROVIDER_CONNECTIVITY_TESTED(225, AuditSeverity.NORMAL),
    PROVIDER_CONNECTIVITY_TEST_FAILED(226, AuditSeverity.ERROR),

    // the standalone engine host's inventory (9000-9099: no engine code uses this range)
    STANDALONE_DATA_CENTER_ADDED(9000, AuditSeverity.NORMAL),
    STANDALONE_DATA_CENTER_ADDITION_FAILED(9001, AuditSeverity.ERROR),
    STANDALONE_DATA_CENTER_REMOVED(9002, AuditSeverity.NORMAL),
    STANDALONE_DATA_CENTER_REMOVAL_FAILED(9003, AuditSeverity.ERROR),
    STANDALONE_CLUSTER_ADDED(9010, AuditSeverity.NORMAL),
    STANDALONE_CLUSTER_ADDITION_FAILED(9011, AuditSeverity.ERROR),
    STANDALONE_CLUSTER_REMOVED(9012, AuditSeverity.NORMAL),
    STANDALONE_CLUSTER_REMOVAL_FAILED(9013, AuditSeverity.ERROR),
    STANDALONE_NETWORK_ADDED(9020, AuditSeverity.NORMAL),
    STANDALONE_NETWORK_ADDITION_FAILED(9021, AuditSeverity.ERROR),
    STANDALONE_NETWORK_UPDATED(9022, AuditSeverity.NORMAL),
    STANDALONE_NETWORK_UPDATE_FAILED(9023, AuditSeverity.ERROR),
    STANDALONE_NETWORK_REMOVED(9024, AuditSeverity.NORMAL),
    STANDALONE_NETWORK_REMOVAL_FAILED(9025, AuditSeverity.ERROR),
    STANDALONE_NETWORK_ATTACHED_TO_CLUSTER(9026, AuditSeverity.NORMAL),
    STANDALONE_NETWORK_ATTACH_TO_CLUSTER_FAILED(9027, AuditSeverity.ERROR),
    STANDALONE_VNIC_PROFILE_ADDED(9030, AuditSeverity.NORMAL),
    STANDALONE_VNIC_PROFILE_ADDITION_FAILED(9031, AuditSeverity.ERROR),
    STANDALONE_VNIC_PROFILE_REMOVED(9032, AuditSeverity.NORMAL),
    STANDALONE_VNIC_PROFILE_REMOVAL_FAILED(9033, AuditSeverity.ERROR),
    STANDALONE_HOST_ADDED(9040, AuditSeverity.NORMAL),
    STANDALONE_HOST_ADDITION_FAILED(9041, AuditSeverity.ERROR),
    STANDALONE_HOST_REMOVED(9042, AuditSeverity.NORMAL),
    STANDALONE_HOST_REMOVAL_FAILED(9043, AuditSeverity.ERROR),
    STANDALONE_VM_ADDED(9050, AuditSeverity.NORMAL),
    STANDALONE_VM_ADDITION_FAILED(9051, AuditSeverity.ERROR),
    STANDALONE_VM_REMOVED(9052, AuditSeverity.NORMAL),
    STANDALONE_VM_REMOVAL_FAILED(9053, AuditSeverity.ERROR),
    STANDALONE_VM_STARTED(9054, AuditSeverity.NORMAL),
    STANDALONE_VM_START_FAILED(9055, AuditSeverity.ERROR),
    STANDALONE_VM_STOPPED(9056, AuditSeverity.NORMAL),
    STANDALONE_VM_STOP_FAILED(9057, AuditSeverity.ERROR),
    STANDALONE_VM_MIGRATED(9058, AuditSeverity.NORMAL),
    STANDALONE_VM_MIGRATION_FAILED(9059, AuditSeverity.ERROR),
    STANDALONE_VM_NIC_ADDED(9060, AuditSeverity.NORMAL),
    STANDALONE_VM_NIC_ADDITION_FAILED(9061, AuditSeverity.ERROR),
    STANDALONE_VM_NIC_UPDATED(9062, AuditSeverity.NORMAL),
    STANDALONE_VM_NIC_UPDATE_FAILED(9063, AuditSeverity.ERROR),
    STANDALONE_VM_NIC_REMOVED(9064, AuditSeverity.NORMAL),
    STANDALONE_VM_NIC_REMOVAL_FAILED(9065, AuditSeverity.ERROR),
    STANDALONE_VM_NIC_ACTIVATED(9066, AuditSeverity.NORMAL),
    STANDALONE_VM_NIC_ACTIVATION_FAILED(9067, AuditSeverity.ERROR),
    STANDALONE_VM_NIC_DEACTIVATED(9068, AuditSeverity.NORMAL),
    STANDALONE_VM_NIC_DEACTIVATION_FAILED(9069, AuditSeverity.ERROR),

    // provider networks: the engine's import codes; linking is this module's own (10930-10931)
    NETWORK_IMPORT_EXTERNAL_NETWORK(10920, AuditSeverity.NORMAL),
    NETWORK_IMPORT_EXTERNAL_NETWORK_FAILED(10921, AuditSeverity.ERROR),
    NETWORK_LINKED_TO_EXTERNAL_NETWORK(10930, AuditSeverity.NORMAL),
    NETWORK_LINK_TO_EXTERNAL_NETWORK_FAILED(10931, AuditSeverity.ERROR),
    SUBNET_REMOVED(1140, AuditSeverity.NORMAL),
    SUBNET_REMOVAL_FAILED(1141, AuditSeverity.ERROR),
    SUBNET_ADDED(1142, AuditSeverity.NORMAL),
    SUBNET_ADDITION_FAILED(1143, AuditSeverity.ERROR),

    // port release (un-provision) and the orphan-port reconciler: the engine's 1149 for the first failed removal
    // (the engine gives up there; this module retries), the module's own 9130-9159
    REMOVE_PORT_FROM_EXTERNAL_PROVIDER_FAILED(1149, AuditSeverity.WARNING),
    PORT_RELEASED_AFTER_RETRIES(9130, AuditSeverity.NORMAL),
    PORT_RELEASE_DROPPED_PROVIDER_REMOVED(9131, AuditSeverity.WARNING),
    ORPHAN_PORT_KEPT_VNIC_EXISTS(9132, AuditSeverity.NORMAL),
    ORPHAN_PORTS_QUEUED_FOR_RELEASE(9133, AuditSeverity.NORMAL),
    ORPHAN_PORTS_RECONCILE_FAILED(9134, AuditSeverity.ERROR),
    // vNIC provisioning (9100-9129)
    STANDALONE_HOST_PROVIDER_BINDING_SET(9100, AuditSeverity.NORMAL),
    STANDALONE_HOST_PROVIDER_BINDING_SET_FAILED(9101, AuditSeverity.ERROR),
    // export, removal on the provider and sync of provider networks (9160-9199)
    NETWORK_EXPORTED(9160, AuditSeverity.NORMAL),
    NETWORK_EXPORT_FAILED(9161, AuditSeverity.ERROR),
    NETWORK_REMOVED_WITH_PROVIDER_NETWORK(9162, AuditSeverity.NORMAL),
    NETWORK_REMOVAL_WITH_PROVIDER_NETWORK_FAILED(9163, AuditSeverity.ERROR),
    PROVIDER_SYNCHRONIZED(9164, AuditSeverity.NORMAL),
    PROVIDER_SYNCHRONIZATION_FAILED(9165, AuditSeverity.ERROR),
    PROVIDER_SYNC_VANISHED_NETWORK_KEPT(9166, AuditSeverity.WARNING),
    PROVIDER_SYNC_DISABLED_AUTHENTICATION(9167, AuditSeverity.ERROR),
    PROVIDER_SYNC_CHANGE_FAILED(9168, AuditSeverity.WARNING);

    private final int code;
    private final AuditSeverity severity;

    AuditLogType(int code, AuditSeverity severity) {
        this.code = code;
        this.severity = severity;
    }

    public int code() {
        return code;
    }

    public AuditSeverity severity() {
        return severity;
    }
}
