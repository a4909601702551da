package org.ovirt.osn.command.provider;

import org.ovirt.osn.provider.NetworkProvider;

/** The complete new state of a provider; a null password keeps the stored one. */
public record UpdateNetworkProviderParameters(NetworkProvider provider) {
}
