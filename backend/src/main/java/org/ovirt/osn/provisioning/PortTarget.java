package org.ovirt.osn.provisioning;

import java.util.UUID;

/** Where a vNIC's port lives: the provider and the provider network its engine network is provided by. */
public record PortTarget(UUID providerId, String networkExternalId) {
}
