package org.ovirt.osn.query;

import java.util.UUID;

/** One provider of an engine network: which provider, and its id for the network there. */
public record NetworkProviderRef(UUID providerId, String externalId) {
}
