/** Commands on the engine's ports on a provider: the orphan-port reconcile. */
package org.ovirt.osn.command.port;
