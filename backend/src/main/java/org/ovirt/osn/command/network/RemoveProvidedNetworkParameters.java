package org.ovirt.osn.command.network;

import java.util.UUID;

/** An engine network to remove together with the provider networks that provide it. */
public record RemoveProvidedNetworkParameters(UUID networkId) {
}
