/**
 * The command framework: {@link org.ovirt.osn.command.Command} (validate, then execute), the runner that adds the
 * transaction and the audit entry, validation results and the engine messages they carry.
 */
package org.ovirt.osn.command;
