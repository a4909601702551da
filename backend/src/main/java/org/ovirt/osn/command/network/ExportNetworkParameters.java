package org.ovirt.osn.command.network;

import org.ovirt.osn.engine.LogicalNetwork;

import java.util.UUID;

/**
 * A new data center network to create on a provider first (the engine's AddNetworkOnProvider and
 * AddNetworkWithSubnetOnProvider).
 *
 * @param mtu                 {@link LogicalNetwork#DEFAULT_MTU} for the provider's default
 * @param physicalNetworkId   a network of the same data center that carries the new one on the hosts: the provider
 *                            network is then flat (untagged physical network) or VLAN (its VLAN) on the physical
 *                            network named by its vdsm name; null for a tunnelled network of the provider's type
 * @param portSecurityEnabled null for the provider's default
 * @param subnet              a subnet to create with it, or null; its provider and network ids are ignored
 * @param vmNetwork           what the request asked for; a provider network must be a VM network
 * @param vlanId              what the request asked for; a provider network takes its VLAN from its physical network,
 *                            so only null is accepted
 */
public record ExportNetworkParameters(UUID providerId, UUID dataCenterId, String name, String description, int mtu,
                                      UUID physicalNetworkId, Boolean portSecurityEnabled,
                                      AddSubnetToProviderParameters subnet, boolean vmNetwork, Integer vlanId) {

    /** A VM network without a VLAN of its own, as export needs. */
    public ExportNetworkParameters(UUID providerId, UUID dataCenterId, String name, String description, int mtu,
                                   UUID physicalNetworkId, Boolean portSecurityEnabled,
                                   AddSubnetToProviderParameters subnet) {
        this(providerId, dataCenterId, name, description, mtu, physicalNetworkId, portSecurityEnabled, subnet, true,
                null);
    }
}
