package org.ovirt.osn.engine.standalone.command;

import org.junit.jupiter.api.Test;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.Cluster;
import org.ovirt.osn.engine.Host;
import org.ovirt.osn.engine.ProviderNetworkPlacement.MissingNetwork;
import org.ovirt.osn.engine.Vm;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The placement step: hosts without one of the VM's provider networks are refused or skipped, naming it. */
class ProviderNetworksOnHostTest {

    private static final UUID CLUSTER = UUID.randomUUID();
    private static final Host WITH = new Host(UUID.randomUUID(), "with", null, "with", CLUSTER);
    private static final Host WITHOUT = new Host(UUID.randomUUID(), "without", null, "without", CLUSTER);
    private static final MissingNetwork BLUE = new MissingNetwork("blue", "neutron-1",
            "no alive L2 agent on host without maps physical network physnet1");

    private final Vm vm = vm();
    private final ProviderNetworksOnHost step = new ProviderNetworksOnHost(
            (vmId, host) -> host.equals(WITHOUT) ? Optional.of(BLUE) : Optional.empty());

    private static Vm vm() {
        return new Vm(UUID.randomUUID(), "web", null, CLUSTER, org.ovirt.osn.engine.VmStatus.DOWN, null);
    }

    @Test
    void shouldRefuseAChosenHostNamingTheNetworkTheHostAndWhy() {
        ValidationResult refused = step.hostHasThem(vm, WITHOUT);

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_NETWORK_NOT_ON_HOST, refused.message());
        assertEquals("blue", refused.variables().get("NetworkName"));
        assertEquals("without", refused.variables().get("HostName"));
        assertEquals("neutron-1", refused.variables().get("ProviderName"));
        assertTrue(refused.variables().get("Reason").contains("physnet1"));
        assertTrue(step.hostHasThem(vm, WITH).isValid());
    }

    @Test
    void shouldPassWhenOneHostHasThemAllAndSkipTheOthers() {
        assertTrue(step.someHostHasThem(vm, cluster(), List.of(WITHOUT, WITH)).isValid());
        assertEquals(List.of(WITH), step.hostsWithThem(vm, List.of(WITHOUT, WITH)));
    }

    @Test
    void shouldRefuseARunWithoutHostWhenNoHostOfTheClusterHasThem() {
        ValidationResult refused = step.someHostHasThem(vm, cluster(), List.of(WITHOUT));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_NO_HOST_WITH_PROVIDER_NETWORKS, refused.message());
        assertEquals("c1", refused.variables().get("ClusterName"));
        assertEquals("blue", refused.variables().get("NetworkName"));
    }

    private static Cluster cluster() {
        return new Cluster(CLUSTER, "c1", null, UUID.randomUUID(), null);
    }
}
