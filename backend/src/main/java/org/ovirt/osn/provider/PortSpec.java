package org.ovirt.osn.provider;

import java.util.List;
import java.util.Objects;

/**
 * A port to create, typically for one vNIC: {@code deviceOwner} {@code oVirt}, {@code deviceId} the vNIC id, the vNIC's
 * MAC and name, and the host it is to be bound to. Built with {@link #on(String)}.
 *
 * @param macAddress          null lets the provider generate one
 * @param hostBinding         {@code binding:host_id}; null leaves the port unbound
 * @param securityGroups      null: the provider's default (Neutron applies the project's {@code default} group);
 *                            empty: none at all; else exactly these group ids
 * @param portSecurityEnabled null: the network's setting
 * @param fixedIps            null: the provider allocates an address on each subnet of the network
 * @param projectId           null: the project of the caller's token (admins may create ports for other projects)
 */
public record PortSpec(
        String networkId,
        String name,
        String macAddress,
        String deviceId,
        String deviceOwner,
        String hostBinding,
        List<String> securityGroups,
        Boolean portSecurityEnabled,
        boolean adminStateUp,
        List<ProviderFixedIp> fixedIps,
        String projectId) {

    public PortSpec {
        Objects.requireNonNull(networkId, "networkId");
        // null and empty mean different things here, so only copy
        securityGroups = securityGroups == null ? null : List.copyOf(securityGroups);
        fixedIps = fixedIps == null ? null : List.copyOf(fixedIps);
    }

    /** A spec for a port on {@code networkId}, administratively up, with everything else left to the provider. */
    public static PortSpec on(String networkId) {
        return new PortSpec(networkId, null, null, null, null, null, null, null, true, null, null);
    }

    public PortSpec withName(String value) {
        return new PortSpec(networkId, value, macAddress, deviceId, deviceOwner, hostBinding, securityGroups,
                portSecurityEnabled, adminStateUp, fixedIps, projectId);
    }

    public PortSpec withMacAddress(String value) {
        return new PortSpec(networkId, name, value, deviceId, deviceOwner, hostBinding, securityGroups,
                portSecurityEnabled, adminStateUp, fixedIps, projectId);
    }

    /** The device the port belongs to, e.g. the vNIC id and {@code oVirt}. */
    public PortSpec withDevice(String id, String owner) {
        return new PortSpec(networkId, name, macAddress, id, owner, hostBinding, securityGroups,
                portSecurityEnabled, adminStateUp, fixedIps, projectId);
    }

    public PortSpec withHostBinding(String value) {
        return new PortSpec(networkId, name, macAddress, deviceId, deviceOwner, value, securityGroups,
                portSecurityEnabled, adminStateUp, fixedIps, projectId);
    }

    /** @param value null for the provider's default groups, empty for none */
    public PortSpec withSecurityGroups(List<String> value) {
        return new PortSpec(networkId, name, macAddress, deviceId, deviceOwner, hostBinding, value,
                portSecurityEnabled, adminStateUp, fixedIps, projectId);
    }

    public PortSpec withPortSecurity(Boolean value) {
        return new PortSpec(networkId, name, macAddress, deviceId, deviceOwner, hostBinding, securityGroups,
                value, adminStateUp, fixedIps, projectId);
    }

    public PortSpec withAdminStateUp(boolean value) {
        return new PortSpec(networkId, name, macAddress, deviceId, deviceOwner, hostBinding, securityGroups,
                portSecurityEnabled, value, fixedIps, projectId);
    }

    public PortSpec withFixedIps(List<ProviderFixedIp> value) {
        return new PortSpec(networkId, name, macAddress, deviceId, deviceOwner, hostBinding, securityGroups,
                portSecurityEnabled, adminStateUp, value, projectId);
    }

    public PortSpec withProjectId(String value) {
        return new PortSpec(networkId, name, macAddress, deviceId, deviceOwner, hostBinding, securityGroups,
                portSecurityEnabled, adminStateUp, fixedIps, value);
    }
}
