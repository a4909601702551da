package org.ovirt.osn.engine.standalone.command;

import org.ovirt.osn.engine.Cluster;
import org.ovirt.osn.engine.DataCenter;
import org.ovirt.osn.engine.EngineInventory;
import org.ovirt.osn.engine.Host;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.engine.VnicProfile;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Names for audit messages: the object's name when it exists, else the id the caller gave. */
final class InventoryNames {

    private InventoryNames() {
    }

    static String dataCenter(EngineInventory inventory, UUID id) {
        return name(id, inventory::dataCenter, DataCenter::name);
    }

    static String cluster(EngineInventory inventory, UUID id) {
        return name(id, inventory::cluster, Cluster::name);
    }

    static String network(EngineInventory inventory, UUID id) {
        return name(id, inventory::network, LogicalNetwork::name);
    }

    static String vnicProfile(EngineInventory inventory, UUID id) {
        return name(id, inventory::vnicProfile, VnicProfile::name);
    }

    static String host(EngineInventory inventory, UUID id) {
        return name(id, inventory::host, Host::name);
    }

    /** The variables every command passes: the action for the messages, and one or two names. */
    static Map<String, String> variables(String action, String... namesAndValues) {
        Map<String, String> variables = new java.util.HashMap<>();
        variables.put("Action", action);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put(namesAndValues[i], namesAndValues[i + 1] == null ? "(none)" : namesAndValues[i + 1]);
        }
        return Map.copyOf(variables);
    }

    private static <T> String name(UUID id, Function<UUID, Optional<T>> lookup, Function<T, String> name) {
        return id == null ? "(none)" : lookup.apply(id).map(name).orElse(id.toString());
    }
}
