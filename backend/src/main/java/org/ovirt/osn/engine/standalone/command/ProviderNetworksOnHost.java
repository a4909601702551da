package org.ovirt.osn.engine.standalone.command;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.engine.Cluster;
import org.ovirt.osn.engine.Host;
import org.ovirt.osn.engine.ProviderNetworkPlacement;
import org.ovirt.osn.engine.ProviderNetworkPlacement.MissingNetwork;
import org.ovirt.osn.engine.Vm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standalone host's placement step for VM runs and migrations: only hosts that can plug every provider network of
 * the VM's plugged vNICs, as the providers' agents say ({@link ProviderNetworkPlacement}). Kept out of the start and
 * migrate commands so that they only ask it.
 */
@ApplicationScoped
public class ProviderNetworksOnHost {

    private ProviderNetworkPlacement placement;

    protected ProviderNetworksOnHost() {
        // for CDI proxies
    }

    @Inject
    public ProviderNetworksOnHost(ProviderNetworkPlacement placement) {
        this.placement = placement;
    }

    /** For tests of the commands that are not about placement: every host has every network. */
    static ProviderNetworksOnHost everywhere() {
        return new ProviderNetworksOnHost((vmId, host) -> Optional.empty());
    }

    /** A host chosen by the caller (start on a host, migrate to it) must have them all. */
    public ValidationResult hostHasThem(Vm vm, Host host) {
        return placement.missingOn(vm.id(), host).map(missing -> ValidationResult.failWith(
                EngineMessage.ACTION_TYPE_FAILED_PROVIDER_NETWORK_NOT_ON_HOST, variables(vm, host, missing)))
                .orElse(ValidationResult.VALID);
    }

    /** With no host given, one of the cluster's must have them all; the failure names what the first one lacks. */
    public ValidationResult someHostHasThem(Vm vm, Cluster cluster, List<Host> hosts) {
        Optional<MissingNetwork> firstMiss = Optional.empty();
        Host firstHost = null;
        for (Host host : hosts) {
            Optional<MissingNetwork> missing = placement.missingOn(vm.id(), host);
            if (missing.isEmpty()) {
                return ValidationResult.VALID;
            }
            if (firstMiss.isEmpty()) {
                firstMiss = missing;
                firstHost = host;
            }
        }
        if (firstMiss.isEmpty()) {
            return ValidationResult.VALID;
        }
        Map<String, String> variables = new HashMap<>(variables(vm, firstHost, firstMiss.get()));
        variables.put("ClusterName", cluster.name());
        return ValidationResult.failWith(EngineMessage.ACTION_TYPE_FAILED_NO_HOST_WITH_PROVIDER_NETWORKS, variables);
    }

    /** The hosts that have them all, in the given order. */
    public List<Host> hostsWithThem(Vm vm, List<Host> hosts) {
        return hosts.stream().filter(h -> placement.missingOn(vm.id(), h).isEmpty()).toList();
    }

    private static Map<String, String> variables(Vm vm, Host host, MissingNetwork missing) {
        return Map.of("VmName", vm.name(), "HostName", host.name(), "NetworkName", missing.networkName(),
                "ProviderName", missing.providerName(), "Reason", missing.reason());
    }
}
