package org.ovirt.osn.provider;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which ports to find. The members that are set must all match; at least one must be set, because finding a port
 * must never mean listing every port of the provider (the oVirt engine did that for each vNIC). Several device ids
 * mean any of them: the ports of all vNICs of a VM are found in one request (Neutron ORs a repeated filter key,
 * {@code ?device_id=a&device_id=b}, and ANDs different keys).
 *
 * <p>The proxy sends the filter to the provider and checks each answer against it again, since a Neutron-like
 * provider may ignore a filter it does not know.
 */
public record PortFilter(List<String> deviceIds, String deviceOwner, String macAddress, String networkId) {

    /** @param deviceIds null or empty: any device; else any of these (duplicates are dropped, the order kept) */
    public PortFilter {
        deviceIds = deviceIds == null || deviceIds.isEmpty() ? null
                : List.copyOf(new LinkedHashSet<>(deviceIds));
        if (deviceIds == null && deviceOwner == null && macAddress == null && networkId == null) {
            throw new IllegalArgumentException("A port filter needs at least one of device id, device owner, "
                    + "MAC address, network id");
        }
    }

    public static PortFilter byDeviceId(String deviceId) {
        return new PortFilter(List.of(Objects.requireNonNull(deviceId)), null, null, null);
    }

    /** The ports of any of these devices (e.g. every vNIC of a VM); at least one id. */
    public static PortFilter byDeviceIds(Collection<String> deviceIds) {
        if (deviceIds.isEmpty()) {
            throw new IllegalArgumentException("At least one device id is required");
        }
        return new PortFilter(List.copyOf(deviceIds), null, null, null);
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
        return new PortFilter(value == null ? null : List.of(value), deviceOwner, macAddress, networkId);
    }

    public PortFilter andDeviceOwner(String value) {
        return new PortFilter(deviceIds, value, macAddress, networkId);
    }

    public PortFilter andMacAddress(String value) {
        return new PortFilter(deviceIds, deviceOwner, value, networkId);
    }

    public PortFilter andNetworkId(String value) {
        return new PortFilter(deviceIds, deviceOwner, macAddress, value);
    }

    /** Whether the port satisfies every member that is set; MAC addresses compare regardless of case. */
    public boolean matches(ProviderPort port) {
        return (deviceIds == null || deviceIds.contains(port.deviceId()))
                && (deviceOwner == null || deviceOwner.equals(port.deviceOwner()))
                && (networkId == null || networkId.equals(port.networkId()))
                && (macAddress == null || port.macAddress() != null
                && macAddress.toLowerCase(Locale.ROOT).equals(port.macAddress().toLowerCase(Locale.ROOT)));
    }
}
