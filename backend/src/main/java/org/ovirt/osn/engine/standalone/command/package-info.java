/**
 * The standalone engine host's own commands: creating and removing data centers, clusters, networks, vNIC profiles
 * and hosts, which a real engine does itself. One class per use case (validate, then execute), with audit events in
 * the 9000 range. They reach the inventory only through {@link org.ovirt.osn.engine.EngineInventory}.
 */
package org.ovirt.osn.engine.standalone.command;
