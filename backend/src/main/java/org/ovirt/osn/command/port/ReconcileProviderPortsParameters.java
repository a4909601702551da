package org.ovirt.osn.command.port;

import java.util.Objects;
import java.util.UUID;

/**
 * @param providerId the provider whose orphan ports are released
 * @param networkId  only the ports of this provider network; null for all of the provider's
 */
public record ReconcileProviderPortsParameters(UUID providerId, String networkId) {

    public ReconcileProviderPortsParameters {
        Objects.requireNonNull(providerId, "providerId");
    }
}
