package org.ovirt.osn.audit;

/** Severity of an audit entry, as the engine's event list shows it. */
public enum AuditSeverity {
    NORMAL, WARNING, ERROR, ALERT
}
