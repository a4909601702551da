package org.ovirt.osn.command.network;

import java.util.UUID;

/** @param networkId the existing engine network that the provider network {@code externalId} also provides */
public record LinkExternalNetworkParameters(UUID providerId, String externalId, UUID networkId) {
}
