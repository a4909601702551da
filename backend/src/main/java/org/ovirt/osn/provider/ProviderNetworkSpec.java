package org.ovirt.osn.provider;

import java.util.Objects;

/**
 * A network to create on a provider, as the engine exports one: a tenant network of the provider's default type, or a
 * flat or VLAN network on a physical network.
 *
 * @param mtu                 null for the provider's default
 * @param physicalNetwork     null for a tenant network; set for a flat network, or a VLAN network with {@code vlanId}
 * @param vlanId              1–4094, only together with {@code physicalNetwork}; null for a flat network
 * @param portSecurityEnabled null for the provider's default
 */
public record ProviderNetworkSpec(String name, Integer mtu, String physicalNetwork, Integer vlanId,
                                  Boolean portSecurityEnabled) {

    public ProviderNetworkSpec {
        Objects.requireNonNull(name, "name");
        if (vlanId != null && (physicalNetwork == null || physicalNetwork.isBlank())) {
            throw new IllegalArgumentException("A VLAN network needs a physical network");
        }
        if (vlanId != null && (vlanId < 1 || vlanId > 4094)) {
            throw new IllegalArgumentException("A VLAN id is 1 to 4094, not " + vlanId);
        }
    }

    /** A network of the provider's default (tenant) type. */
    public static ProviderNetworkSpec tenant(String name) {
        return new ProviderNetworkSpec(name, null, null, null, null);
    }

    /** An untagged network on {@code physicalNetwork}. */
    public static ProviderNetworkSpec flat(String name, String physicalNetwork) {
        return new ProviderNetworkSpec(name, null, Objects.requireNonNull(physicalNetwork), null, null);
    }

    /** A network tagged {@code vlanId} on {@code physicalNetwork}. */
    public static ProviderNetworkSpec vlan(String name, String physicalNetwork, int vlanId) {
        return new ProviderNetworkSpec(name, null, Objects.requireNonNull(physicalNetwork), vlanId, null);
    }

    public ProviderNetworkSpec withMtu(Integer value) {
        return new ProviderNetworkSpec(name, value, physicalNetwork, vlanId, portSecurityEnabled);
    }

    public ProviderNetworkSpec withPortSecurity(Boolean value) {
        return new ProviderNetworkSpec(name, mtu, physicalNetwork, vlanId, value);
    }

    /** {@code flat} or {@code vlan} for a network on a physical network; null lets the provider choose. */
    public String networkType() {
        if (physicalNetwork == null) {
            return null;
        }
        return vlanId == null ? "flat" : "vlan";
    }
}
