package org.ovirt.osn.engine.standalone.command;

import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.Cluster;
import org.ovirt.osn.engine.DataCenter;
import org.ovirt.osn.engine.Host;
import org.ovirt.osn.engine.InventoryConflictException;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.engine.VnicProfile;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Test data for the standalone commands: one data center with a cluster, a network, a profile and a host. */
final class Inventories {

    static final DataCenter DC = new DataCenter(UUID.fromString("11111111-2222-4333-8444-000000000001"),
            "Default", "the default data center");
    static final Cluster CLUSTER = new Cluster(UUID.fromString("11111111-2222-4333-8444-000000000002"),
            "Default", null, DC.id());
    static final LogicalNetwork NETWORK = new LogicalNetwork(UUID.fromString("11111111-2222-4333-8444-000000000003"),
            DC.id(), "red", "VM traffic", 1500, 10, true, "red");
    static final VnicProfile PROFILE = new VnicProfile(UUID.fromString("11111111-2222-4333-8444-000000000004"),
            NETWORK.id(), "red", null, true, Map.of(VnicProfile.SECURITY_GROUPS, ""));
    static final Host HOST = new Host(UUID.fromString("11111111-2222-4333-8444-000000000005"),
            "host1", null, "host1.lab.example.org", CLUSTER.id());

    private Inventories() {
    }

    static InventoryConflictException conflict(InventoryConflictException.Clash clash) {
        return new InventoryConflictException(clash, new SQLException("duplicate key", "23505"));
    }

    /** The message an admin would read: the runner merges the command's variables with the failure's. */
    static String rendered(ValidationResult failure, Map<String, String> commandVariables) {
        Map<String, String> all = new HashMap<>(commandVariables);
        all.putAll(failure.variables());
        return new CommandFailedException(failure.message(), all, null).getMessage();
    }
}
