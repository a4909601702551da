/**
 * The engine boundary: what the module needs from the oVirt engine, as interfaces and engine domain records. Data
 * centers, clusters, logical networks, vNIC profiles, hosts and VMs belong to the engine; commands read and create them
 * only through {@link org.ovirt.osn.engine.EngineInventory}; VMs, their vNICs and the
 * MAC pool through {@link org.ovirt.osn.engine.VmInventory}. The repository ships one implementation, the standalone
 * engine host ({@code org.ovirt.osn.engine.standalone}); an adapter for the real engine implements the same
 * interfaces. Nothing outside the standalone package may depend on it.
 */
package org.ovirt.osn.engine;
