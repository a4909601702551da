package org.ovirt.osn.restapi.resource;

import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.Cluster;
import org.ovirt.osn.engine.DataCenter;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.Host;
import org.ovirt.osn.engine.InventoryValidator;
import org.ovirt.osn.engine.InventoryValidator.Subject;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.engine.VnicProfile;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the inventory objects a request names: by path id (unknown: 404, with the same message a command gives),
 * and by reference in a body ({@code <data_center id="…"/>} or {@code <data_center><name>…</name></data_center>}).
 */
final class InventoryLookups {

    private InventoryLookups() {
    }

    static DataCenter dataCenter(EngineInventory inventory, UUID id) {
        return found(inventory.dataCenter(id), InventoryValidator.dataCenterExists(Subject.DATA_CENTER,
                Optional.empty(), id), "get");
    }

    static Cluster cluster(EngineInventory inventory, UUID id) {
        return found(inventory.cluster(id), InventoryValidator.clusterExists(Subject.CLUSTER, Optional.empty(), id),
                "get");
    }

    static LogicalNetwork network(EngineInventory inventory, UUID id) {
        return found(inventory.network(id), InventoryValidator.networkExists(Subject.NETWORK, Optional.empty(), id),
                "get");
    }

    static VnicProfile vnicProfile(EngineInventory inventory, UUID id) {
        return found(inventory.vnicProfile(id), InventoryValidator.vnicProfileExists(Subject.VNIC_PROFILE,
                Optional.empty(), id), "get");
    }

    static Host host(EngineInventory inventory, UUID id) {
        return found(inventory.host(id), InventoryValidator.hostExists(Subject.HOST, Optional.empty(), id), "get");
    }

    /**
     * The data center a body refers to, by id or by name; null when it names none (the command then says it is
     * required). An id that is no UUID, or a name no data center has, is an unknown data center: 404.
     */
    static UUID dataCenterReference(EngineInventory inventory, org.ovirt.osn.restapi.model.DataCenter reference,
                                    Subject subject, String action) {
        if (reference == null || (reference.getId() == null && reference.getName() == null)) {
            return null;
        }
        Optional<UUID> id = reference.getId() != null ? uuid(reference.getId())
                : inventory.dataCenterByName(reference.getName()).map(DataCenter::id);
        return found(id, InventoryValidator.dataCenterExists(subject, Optional.empty(),
                or(reference.getId(), reference.getName())), action);
    }

    /** The cluster a body refers to, by id or by name; as {@link #dataCenterReference}. */
    static UUID clusterReference(EngineInventory inventory, org.ovirt.osn.restapi.model.Cluster reference,
                                 Subject subject, String action) {
        if (reference == null || (reference.getId() == null && reference.getName() == null)) {
            return null;
        }
        Optional<UUID> id = reference.getId() != null ? uuid(reference.getId())
                : inventory.clusterByName(reference.getName()).map(Cluster::id);
        return found(id, InventoryValidator.clusterExists(subject, Optional.empty(),
                or(reference.getId(), reference.getName())), action);
    }

    /** The network a body refers to, by id, or by name within the given data center; as {@link #dataCenterReference}. */
    static UUID networkReference(EngineInventory inventory, org.ovirt.osn.restapi.model.Network reference,
                                 UUID dataCenterId, Subject subject, String action) {
        if (reference == null || (reference.getId() == null && reference.getName() == null)) {
            return null;
        }
        Optional<UUID> id = reference.getId() != null ? uuid(reference.getId())
                : inventory.networkByName(dataCenterId, reference.getName()).map(LogicalNetwork::id);
        return found(id, InventoryValidator.networkExists(subject, Optional.empty(),
                or(reference.getId(), reference.getName())), action);
    }

    private static Optional<UUID> uuid(String id) {
        try {
            UUID uuid = UUID.fromString(id);
            return uuid.toString().equalsIgnoreCase(id) ? Optional.of(uuid) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static <T> T found(Optional<T> value, ValidationResult ifMissing, String action) {
        return value.orElseThrow(() -> {
            Map<String, String> variables = new HashMap<>(ifMissing.variables());
            variables.put("Action", action);
            return new CommandFailedException(ifMissing.message(), variables, null);
        });
    }

    private static String or(String first, String second) {
        return first != null ? first : second;
    }
}
