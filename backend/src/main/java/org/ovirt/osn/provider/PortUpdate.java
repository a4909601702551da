package org.ovirt.osn.provider;

import java.util.List;

/**
 * Changes to an existing port. Every null member is left as it is on the provider; {@link #none()} changes nothing.
 *
 * @param hostBinding    {@code binding:host_id}: the new host (after a migration); the empty string unbinds the port.
 *                       Neutron refuses a MAC change on a bound port (409 {@code PortBound}): unbind first
 * @param securityGroups exactly these groups; empty removes them all. There is no way back to "the provider's
 *                       default" on an update: name the default group instead. Neutron refuses to disable port
 *                       security on a port that still has groups, so send an empty list together with
 *                       {@code portSecurityEnabled=false}
 */
public record PortUpdate(
        String name,
        String macAddress,
        String deviceId,
        String deviceOwner,
        String hostBinding,
        List<String> securityGroups,
        Boolean portSecurityEnabled,
        Boolean adminStateUp) {

    private static final PortUpdate NONE = new PortUpdate(null, null, null, null, null, null, null, null);

    public PortUpdate {
        securityGroups = securityGroups == null ? null : List.copyOf(securityGroups);
    }

    public static PortUpdate none() {
        return NONE;
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public PortUpdate withName(String value) {
        return new PortUpdate(value, macAddress, deviceId, deviceOwner, hostBinding, securityGroups,
                portSecurityEnabled, adminStateUp);
    }

    public PortUpdate withMacAddress(String value) {
        return new PortUpdate(name, value, deviceId, deviceOwner, hostBinding, securityGroups, portSecurityEnabled,
                adminStateUp);
    }

    public PortUpdate withDevice(String id, String owner) {
        return new PortUpdate(name, macAddress, id, owner, hostBinding, securityGroups, portSecurityEnabled,
                adminStateUp);
    }

    /** @param value the new host, or the empty string to unbind */
    public PortUpdate withHostBinding(String value) {
        return new PortUpdate(name, macAddress, deviceId, deviceOwner, value, securityGroups, portSecurityEnabled,
                adminStateUp);
    }

    public PortUpdate withSecurityGroups(List<String> value) {
        return new PortUpdate(name, macAddress, deviceId, deviceOwner, hostBinding, value, portSecurityEnabled,
                adminStateUp);
    }

    public PortUpdate withPortSecurity(Boolean value) {
        return new PortUpdate(name, macAddress, deviceId, deviceOwner, hostBinding, securityGroups, value,
                adminStateUp);
    }

    public PortUpdate withAdminStateUp(Boolean value) {
        return new PortUpdate(name, macAddress, deviceId, deviceOwner, hostBinding, securityGroups,
                portSecurityEnabled, value);
    }
}
