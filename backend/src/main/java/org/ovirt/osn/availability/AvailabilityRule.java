package org.ovirt.osn.availability;

import org.ovirt.osn.provider.ProviderAgent;
import org.ovirt.osn.provider.ProviderNetwork;
import org.ovirt.osn.provider.ProviderSegment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a host can plug a network, from the host's L2 agents: a flat or VLAN segment on physical network P needs an
 * alive agent that maps P; an overlay segment (vxlan, gre, geneve) an alive agent with that tunnel type; a segment of
 * another or no reported type any alive agent. A network with several segments (routed) needs one of them. Pure.
 */
final class AvailabilityRule {

    private static final Set<String> ON_PHYSICAL_NETWORK = Set.of("flat", "vlan");
    private static final Set<String> OVERLAYS = Set.of("vxlan", "gre", "geneve");

    /** A verdict for one host, with its reason in words for the admin. */
    record Verdict(boolean available, String reason) {
    }

    private AvailabilityRule() {
    }

    /** The segments the host must be able to plug one of: the provider's segments, else the network's own. */
    static List<ProviderSegment> segmentsOf(ProviderNetwork network, List<ProviderSegment> listed) {
        if (!listed.isEmpty()) {
            return listed;
        }
        return List.of(new ProviderSegment(null, network.externalId(), network.networkType(),
                network.physicalNetwork()));
    }

    static Verdict onHost(String providerHost, List<ProviderSegment> segments, List<ProviderAgent> agentsOnHost) {
        List<ProviderAgent> alive = agentsOnHost.stream().filter(ProviderAgent::alive).toList();
        if (alive.isEmpty()) {
            return new Verdict(false, agentsOnHost.isEmpty() ? "the provider has no L2 agent on host " + providerHost
                    : "the provider's L2 agent on host " + providerHost + " is not alive");
        }
        for (ProviderSegment segment : segments) {
            Optional<ProviderAgent> serving = alive.stream().filter(a -> serves(a, segment)).findFirst();
            if (serving.isPresent()) {
                return new Verdict(true, "alive " + serving.get().agentType() + " on " + providerHost + " "
                        + carries(segment));
            }
        }
        return new Verdict(false, "no alive L2 agent on host " + providerHost + " "
                + String.join(" or ", segments.stream().map(AvailabilityRule::carries).toList()));
    }

    private static boolean serves(ProviderAgent agent, ProviderSegment segment) {
        String type = segment.networkType() == null ? "" : segment.networkType().toLowerCase(Locale.ROOT);
        if (ON_PHYSICAL_NETWORK.contains(type)) {
            return segment.physicalNetwork() != null && agent.physicalNetworks().contains(segment.physicalNetwork());
        }
        if (OVERLAYS.contains(type)) {
            return agent.tunnelTypes().stream().anyMatch(type::equalsIgnoreCase);
        }
        return true;
    }

    private static String carries(ProviderSegment segment) {
        String type = segment.networkType() == null ? "" : segment.networkType().toLowerCase(Locale.ROOT);
        if (ON_PHYSICAL_NETWORK.contains(type)) {
            return "maps physical network " + segment.physicalNetwork();
        }
        if (OVERLAYS.contains(type)) {
            return "carries " + type + " tunnels";
        }
        return "plugs " + (type.isEmpty() ? "networks of unreported type" : type + " networks");
    }
}
