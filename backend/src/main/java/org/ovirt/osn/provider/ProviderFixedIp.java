package org.ovirt.osn.provider;

/**
 * An address of a port on one of its network's subnets.
 *
 * @param subnetId  null in a request lets the provider pick the subnet of the address
 * @param ipAddress null in a request lets the provider pick an address of the subnet
 */
public record ProviderFixedIp(String subnetId, String ipAddress) {
}
