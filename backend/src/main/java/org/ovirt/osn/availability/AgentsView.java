package org.ovirt.osn.availability;

import org.ovirt.osn.provider.ProviderAgent;
import org.ovirt.osn.provider.ProviderNetwork;
import org.ovirt.osn.provider.ProviderSegment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one provider reported about its hosts at one moment: its agents, its segments by network, and the networks
 * asked for since (filled in lazily, one {@code GET} each). Thread-safe; replaced whole when it expires.
 */
public final class AgentsView {

    private final Instant fetchedAt;
    private final List<ProviderAgent> l2Agents;
    private final Map<String, List<ProviderSegment>> segmentsByNetwork;
    private final Map<String, Optional<ProviderNetwork>> networks = new ConcurrentHashMap<>();

    AgentsView(Instant fetchedAt, List<ProviderAgent> agents, List<ProviderSegment> segments) {
        this.fetchedAt = fetchedAt;
        this.l2Agents = agents.stream().filter(ProviderAgent::isL2).toList();
        this.segmentsByNetwork = segments.stream().filter(s -> s.networkId() != null)
                .collect(Collectors.groupingBy(ProviderSegment::networkId));
    }

    public Instant fetchedAt() {
        return fetchedAt;
    }

    /** False for ovirt-provider-ovn, an unmanaged provider, or a Neutron without L2 agents. */
    public boolean reportsAgents() {
        return !l2Agents.isEmpty();
    }

    /** The L2 agents on a host, by the id the provider knows it by (its {@code binding:host_id}). */
    public List<ProviderAgent> agentsOn(String providerHost) {
        return l2Agents.stream().filter(a -> providerHost.equals(a.host())).toList();
    }

    /** Empty when the provider lists no segment of this network (no segments API, or none there). */
    public List<ProviderSegment> segmentsOf(String networkId) {
        return segmentsByNetwork.getOrDefault(networkId, List.of());
    }

    Optional<ProviderNetwork> network(String externalId, Function<String, Optional<ProviderNetwork>> fetch) {
        return networks.computeIfAbsent(externalId, fetch);
    }
}
