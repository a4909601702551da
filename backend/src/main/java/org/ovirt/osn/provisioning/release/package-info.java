/**
 * The implementation of {@link org.ovirt.osn.provisioning.PortReleaseQueue}: releases written to
 * {@code osn_port_release} in the caller's transaction, attempted on a managed executor right after it commits,
 * retried with exponential backoff by a scheduled worker on every node (a row is worked by one node at a time, under
 * an expiring claim), and the orphan-port reconciler that finds the engine's ports whose vNIC is gone and releases
 * them through the same queue.
 */
package org.ovirt.osn.provisioning.release;
