package org.ovirt.osn.command.provider;

import org.ovirt.osn.provider.NetworkProvider;

import java.util.UUID;

/** A provider to register; it gets its id here, so the audit entry can name it even when adding fails. */
public record AddNetworkProviderParameters(NetworkProvider provider) {

    public AddNetworkProviderParameters {
        if (provider.id() == null) {
            provider = provider.withId(UUID.randomUUID());
        }
    }
}
