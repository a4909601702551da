package org.ovirt.osn.provider.health;

import java.time.Instant;

/** When the provider's current Keystone token was issued and when it expires; never the token itself. */
public record ProviderTokenNote(Instant issuedAt, Instant expiresAt) {
}
