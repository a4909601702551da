package org.ovirt.osn.engine.standalone.command;

import java.util.UUID;

/** The id of the inventory object a command acts on. */
public record InventoryIdParameters(UUID id) {
}
