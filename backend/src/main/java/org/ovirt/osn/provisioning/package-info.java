/**
 * vNIC provisioning: provider ports for the vNICs of running VMs (created in bulk on VM run, bound to the host,
 * rebound on migration), the module's record of them, and the durable queue that releases the ports of vNICs that
 * are gone. The engine's VM flows reach it through {@link org.ovirt.osn.engine.VmNicLifecycle}.
 */
package org.ovirt.osn.provisioning;
