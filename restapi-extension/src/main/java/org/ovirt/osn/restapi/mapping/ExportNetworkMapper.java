package org.ovirt.osn.restapi.mapping;

import org.ovirt.osn.command.network.ExportNetworkParameters;
import org.ovirt.osn.engine.LogicalNetwork;
import org.ovirt.osn.restapi.model.Network;

import java.util.UUID;

/**
 * {@code POST /networks} with {@code <external_provider id/>} (oVirt's "create on external provider") to the export
 * command. The body is oVirt's {@code <network>} with {@code name}, {@code description}, {@code data_center},
 * {@code mtu} and {@code external_provider_physical_network}, plus the extension elements
 * {@code port_security_enabled} and {@code external_provider_subnet} (an {@code openstack_subnet}). References are
 * resolved by the caller.
 */
public final class ExportNetworkMapper {

    private ExportNetworkMapper() {
    }

    public static boolean isExport(Network m) {
        return m.getExternalProvider() != null;
    }

    /** The provider id of {@code <external_provider id/>}. */
    public static UUID providerId(Network m) {
        String id = m.getExternalProvider().getId();
        if (id == null || id.isBlank()) {
            throw new InvalidRepresentationException("Incomplete parameters: external_provider id required");
        }
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRepresentationException("external_provider id must be a provider's id, not '" + id + "'");
        }
    }

    public static ExportNetworkParameters toParameters(Network m, UUID providerId, UUID dataCenterId,
                                                       UUID physicalNetworkId) {
        return new ExportNetworkParameters(providerId, dataCenterId, m.getName(), m.getDescription(),
                m.getMtu() == null ? LogicalNetwork.DEFAULT_MTU : m.getMtu(), physicalNetworkId,
                m.getPortSecurityEnabled(),
                m.getExternalProviderSubnet() == null ? null
                        : SubnetMapper.toParameters(m.getExternalProviderSubnet(), providerId, null),
                m.getUsages() == null || InventoryMapper.isVmNetwork(m.getUsages()),
                m.getVlan() == null ? null : m.getVlan().getId());
    }
}
