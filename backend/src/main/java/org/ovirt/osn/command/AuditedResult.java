package org.ovirt.osn.command;

import java.util.Map;

/**
 * A command result that knows more for its success audit entry than the parameters did (e.g. what a sync changed);
 * {@link CommandRunner} adds these variables to the success event.
 */
public interface AuditedResult {

    Map<String, String> auditVariables();

    /**
     * Whether the success deserves an audit entry at all: a background run that changed nothing says no, so the audit
     * log is not flooded with "nothing happened" (the engine's sync logs nothing then either).
     */
    default boolean worthAuditing() {
        return true;
    }
}
