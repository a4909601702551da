package org.ovirt.osn.availability;

import org.ovirt.osn.engine.Host;

/**
 * Whether one engine host can plug one provider network.
 *
 * @param providerHost the id the provider knows the host by (its {@code binding:host_id})
 * @param assumed      the provider reports no L2 agents, so this is oVirt's assumption, not the provider's word
 * @param reason       why, in words for the admin
 */
public record HostAvailability(Host host, String providerHost, boolean available, boolean assumed, String reason) {
}
