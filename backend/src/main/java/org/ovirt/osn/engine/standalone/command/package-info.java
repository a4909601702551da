/**
 * The standalone engine host's own commands: creating and removing data centers, clusters, networks, vNIC profiles
 * and hosts, and running VMs and plugging their vNICs, which a real engine does itself. One class per use case
 * (validate, then execute), with audit events in the 9000 range. They reach the inventory only through
 * {@link org.ovirt.osn.engine.EngineInventory} and {@link org.ovirt.osn.engine.VmInventory}. The VM and vNIC commands
 * call {@link org.ovirt.osn.engine.VmNicLifecycle} where the oVirt engine's flows allocate or release provider ports,
 * and each holds its VM's lease ({@code vm:<id>}) so that two flows of one VM never interleave, on any node.
 */
package org.ovirt.osn.engine.standalone.command;
