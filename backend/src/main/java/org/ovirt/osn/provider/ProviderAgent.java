package org.ovirt.osn.provider;

import java.util.List;
import java.util.Set;

/**
 * One of the provider's agents on a host, as Neutron reports it ({@code GET /v2.0/agents}). Only what tells where a
 * network can be plugged is kept.
 *
 * @param host             the host the agent runs on, as the provider knows it (what ports are bound to with
 *                         {@code binding:host_id})
 * @param agentType        e.g. {@code Open vSwitch agent}, {@code Linux bridge agent}, {@code DHCP agent}
 * @param alive            the provider heard from it within its {@code agent_down_time}
 * @param physicalNetworks the physical networks it has a bridge or interface for ({@code bridge_mappings},
 *                         {@code interface_mappings}, {@code device_mappings}, OVN's {@code bridge-mappings})
 * @param tunnelTypes      the overlay types it carries ({@code vxlan}, {@code gre}, {@code geneve}); empty for none
 */
public record ProviderAgent(String host, String agentType, boolean alive, Set<String> physicalNetworks,
                            List<String> tunnelTypes) {

    public ProviderAgent {
        physicalNetworks = physicalNetworks == null ? Set.of() : Set.copyOf(physicalNetworks);
        tunnelTypes = tunnelTypes == null ? List.of() : List.copyOf(tunnelTypes);
    }

    /** An agent that plugs networks into hosts: it has a physical network or an overlay (a DHCP agent has neither). */
    public boolean isL2() {
        return !physicalNetworks.isEmpty() || !tunnelTypes.isEmpty();
    }
}
