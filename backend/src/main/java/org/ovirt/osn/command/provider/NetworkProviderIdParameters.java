package org.ovirt.osn.command.provider;

import java.util.UUID;

/** Names one provider; for the commands that need nothing else (remove, test connectivity). */
public record NetworkProviderIdParameters(UUID providerId) {
}
