package org.ovirt.osn.provider.health;

import java.time.Instant;

/**
 * The last failed call of a provider.
 *
 * @param reason the provider exception's message: the provider's own words and the cause, never a header or body
 */
public record ProviderFailureNote(Instant at, ProviderCallKind kind, String reason, String request) {
}
