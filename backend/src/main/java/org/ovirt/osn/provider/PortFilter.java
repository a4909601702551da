package org.ovirt.osn.provider;

import java.util.Locale;
import java.util.Objects;

/**
 * Which ports to find. The members that are set must all match; at least one must be set, because finding a port
 * must never mean listing every port of the provider (the oVirt engine did that for each vNIC).
 *
 * <p>The proxy sends the filter to the provider and checks each answer against it again, since a Neutron-like
 * provider may ignore a filter it does not know.
 */
public record PortFilter(String deviceId, String deviceOwner, String macAddress, String networkId) {

    public PortFilter {
        if (deviceId == null && deviceOwner == null && macAddress == null && networkId == null) {
            throw new IllegalArgumentException("A port filter needs at least one of device id, device owner, "
                    + "MAC address, network id");
        }
    }

    public static PortFilter byDeviceId(String deviceId) {
        return new PortFilter(Objects.requireNonNull(deviceId), null, null, null);
    }

    public static PortFilter byDeviceOwner(String deviceOwner) {
        return new PortFilter(null, Objects.requireNonNull(deviceOwner), null, null);
    }

    public static PortFilter byMacAddress(String macAddress) {
        return new PortFilter(null, null, Objects.requireNonNull(macAddress), null);
    }

    public static PortFilter byNetworkId(String networkId) {
        return new PortFilter(null, null, null, Objects.requireNonNull(networkId));
    }

    public PortFilter andDeviceId(String value) {
        return new PortFilter(value, deviceOwner, macAddress, networkId);
    }

    public PortFilter andDeviceOwner(String value) {
        return new PortFilter(deviceId, value, macAddress, networkId);
    }

    public PortFilter andMacAddress(String value) {
        return new PortFilter(deviceId, deviceOwner, value, networkId);
    }

    public PortFilter andNetworkId(String value) {
        return new PortFilter(deviceId, deviceOwner, macAddress, value);
    }

    /** Whether the port satisfies every member that is set; MAC addresses compare regardless of case. */
    public boolean matches(ProviderPort port) {
        return (deviceId == null || deviceId.equals(port.deviceId()))
                && (deviceOwner == null || deviceOwner.equals(port.deviceOwner()))
                && (networkId == null || networkId.equals(port.networkId()))
                && (macAddress == null || port.macAddress() != null
                && macAddress.toLowerCase(Locale.ROOT).equals(port.macAddress().toLowerCase(Locale.ROOT)));
    }
}
