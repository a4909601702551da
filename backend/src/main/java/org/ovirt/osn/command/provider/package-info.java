/**
 * Provider lifecycle commands (add, update, remove, test connectivity, import certificates), their validators and
 * repository.
 */
package org.ovirt.osn.command.provider;
