package org.ovirt.osn.query;

import org.ovirt.osn.engine.ConnectionDetails;

import java.util.UUID;

/**
 * The provider port of one vNIC as the module recorded it: where it is, what the host was last told (connection
 * details), the host it is bound to and its state ({@code ACTIVE}, {@code UNPLUGGED}, {@code DOWN}).
 */
public record VnicPort(UUID vnicId, UUID providerId, String networkExternalId, String hostBinding, String state,
                       ConnectionDetails details) {
}
