package org.ovirt.osn.engine.standalone.command;

import org.ovirt.osn.engine.Cluster;
import org.ovirt.osn.engine.Host;
import org.ovirt.osn.engine.NetworkClusterAttachment;
import org.ovirt.osn.engine.Vm;
import org.ovirt.osn.engine.VmNic;
import org.ovirt.osn.engine.VmStatus;

import java.util.UUID;

import static org.ovirt.osn.engine.standalone.command.Inventories.CLUSTER;
import static org.ovirt.osn.engine.standalone.command.Inventories.DC;
import static org.ovirt.osn.engine.standalone.command.Inventories.HOST;
import static org.ovirt.osn.engine.standalone.command.Inventories.NETWORK;
import static org.ovirt.osn.engine.standalone.command.Inventories.PROFILE;

/** Test data for the VM commands, on top of {@link Inventories}: a second host, a VM down and up, a vNIC. */
final class Vms {

    static final Host HOST2 = new Host(UUID.fromString("11111111-2222-4333-8444-000000000006"),
            "host2", null, "host2.lab.example.org", CLUSTER.id());
    static final Cluster OTHER_CLUSTER = new Cluster(UUID.fromString("11111111-2222-4333-8444-000000000007"),
            "Other", null, DC.id());
    static final Host FOREIGN_HOST = new Host(UUID.fromString("11111111-2222-4333-8444-000000000008"),
            "host9", null, "host9.lab.example.org", OTHER_CLUSTER.id());
    static final Vm DOWN = new Vm(UUID.fromString("11111111-2222-4333-8444-000000000010"), "vm1", null,
            CLUSTER.id(), VmStatus.DOWN, null);
    static final Vm UP = DOWN.running(VmStatus.UP, HOST.id());
    static final VmNic NIC = new VmNic(UUID.fromString("11111111-2222-4333-8444-000000000011"), DOWN.id(), "nic1",
            "56:6f:00:00:00:01", PROFILE.id(), true, true);
    static final NetworkClusterAttachment ATTACHED = new NetworkClusterAttachment(NETWORK.id(), CLUSTER.id(), false);

    private Vms() {
    }
}
