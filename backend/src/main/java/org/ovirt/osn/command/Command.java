package org.ovirt.osn.command;

import org.ovirt.osn.audit.AuditLogType;

import java.util.Map;
import java.util.UUID;

/**
 * One use case. {@link CommandRunner} calls {@link #validate} and, only when it passes, {@link #execute}; then it
 * writes the success or failure audit event. {@code validate} is a chain of validator calls and changes nothing;
 * {@code execute} holds no validation.
 *
 * @param <P> the immutable parameters record
 * @param <R> what a successful run returns
 */
public interface Command<P, R> {

    ValidationResult validate(P parameters);

    R execute(P parameters);

    AuditLogType successEvent();

    AuditLogType failureEvent();

    /** Variables for the audit message (e.g. ProviderName); the runner adds UserName and Reason. */
    Map<String, String> auditVariables(P parameters);

    /** The provider the audit entry is about, if any. */
    default UUID auditProviderId(P parameters) {
        return null;
    }

    /**
     * The provider this command must hold exclusively while it validates and executes (see {@link ProviderLocking}),
     * or null for none.
     */
    default UUID lockedProvider(P parameters) {
        return null;
    }

    /**
     * What the command acts on, as a refusal names it after "Cannot <Action>" ("provider", "provider network",
     * "subnet"): a command refused because its provider is locked must not say it was acting on the provider.
     */
    default String subject() {
        return "provider";
    }

    /**
     * The VM this command must hold exclusively while it validates and executes (the {@code vm:<id>} lease of
     * {@link ProviderLocking}), or null for none: every command that changes a VM or its vNICs names it, so that two
     * flows of one VM never interleave, on any node. Taken before the provider lock when a command needs both.
     */
    default UUID lockedVm(P parameters) {
        return null;
    }

    /**
     * Whether validate and execute run in one database transaction. A command whose work is a slow provider call
     * with no database change says no, so no transaction is held open while the provider answers.
     */
    default boolean transactional() {
        return true;
    }
}
