/**
 * The standalone engine host's inventory as stored in the {@code engine_} tables: data centers, clusters, logical
 * networks with their cluster attachments, vNIC profiles with their custom properties, hosts,
 * VMs with their vNICs and the MAC pool. Only the standalone
 * implementation of the engine boundary ({@code org.ovirt.osn.engine.standalone}) uses these DAOs.
 */
package org.ovirt.osn.dal.engine;
