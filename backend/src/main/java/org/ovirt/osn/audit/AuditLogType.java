package org.ovirt.osn.audit;

/**
 * Every event the module writes to the audit log. The text of each is in {@code AuditLogMessages.properties}, with
 * {@code ${Var}} placeholders; codes are in the engine's provider range and unique (a test checks both).
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
    PROVIDER_CONNECTIVITY_TEST_FAILED(226, AuditSeverity.ERROR);

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
