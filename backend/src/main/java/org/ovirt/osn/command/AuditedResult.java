package org.ovirt.osn.command;

import java.util.Map;

/**
 * A command result that knows more for its success audit entry than the parameters did (e.g. what a sync changed);
 * {@link CommandRunner} adds these variables to the success event.
 */
public interface AuditedResult {

    Map<String, String> auditVariables();
}
