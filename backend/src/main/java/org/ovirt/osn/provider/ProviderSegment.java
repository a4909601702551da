package org.ovirt.osn.provider;

/**
 * One segment of a network ({@code GET /v2.0/segments}): a routed network has several, each on its own physical
 * network, and a host can plug the network where it can plug one of them.
 *
 * @param networkType     {@code flat}, {@code vlan}, {@code vxlan}, …
 * @param physicalNetwork the physical network of a flat or VLAN segment, else null
 */
public record ProviderSegment(String id, String networkId, String networkType, String physicalNetwork) {
}
