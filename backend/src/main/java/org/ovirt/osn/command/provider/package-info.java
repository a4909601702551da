/** Provider lifecycle commands (add, update, remove, test connectivity), their validator and repository. */
package org.ovirt.osn.command.provider;
