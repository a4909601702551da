package org.ovirt.osn.provider;

import java.util.List;

/**
 * A network as the provider reports it.
 *
 * @param externalId          the provider's id of the network (Neutron's {@code id})
 * @param mtu                 null when the provider does not report one
 * @param networkType         {@code flat}, {@code vlan}, {@code vxlan}, {@code geneve}, …; null when not reported
 * @param physicalNetwork     the physical network a flat or VLAN network is carried on, else null
 * @param segmentationId      the VLAN id (or VNI) of the network, else null
 * @param portSecurityEnabled the default for the network's ports; null when the provider does not report it
 * @param status              e.g. {@code ACTIVE}, {@code DOWN}, {@code BUILD}, {@code ERROR}
 * @param subnetIds           never null; empty when the network has no subnet
 * @param projectId           the owning project (tenant); null when the provider has none
 */
public record ProviderNetwork(
        String externalId,
        String name,
        Integer mtu,
        String networkType,
        String physicalNetwork,
        Integer segmentationId,
        Boolean portSecurityEnabled,
        boolean shared,
        String status,
        List<String> subnetIds,
        String projectId) {

    public ProviderNetwork {
        subnetIds = subnetIds == null ? List.of() : List.copyOf(subnetIds);
    }

    /** The VLAN id when this is a VLAN network; null otherwise (a VNI is not a VLAN id). */
    public Integer vlanId() {
        return "vlan".equals(networkType) ? segmentationId : null;
    }
}
