package org.ovirt.osn.provider.neutron;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * An issued token and when to stop using it. A token is a credential: {@link #toString()} does not show it.
 *
 * @param refreshAfter when a new token should be fetched: shortly before expiry, so that a call started with this
 *                     token does not reach the provider after it expired
 */
record KeystoneToken(String id, Instant issuedAt, Instant expiresAt, Instant refreshAfter) {

    /** How long before expiry a token is replaced. */
    static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);
    /** Used when Keystone names no (or an unreadable) expiry; a 401 replaces the token earlier anyway. */
    static final Duration ASSUMED_LIFETIME = Duration.ofMinutes(5);

    /** @param expires Keystone's {@code expires_at} (v3) or {@code expires} (v2.0), possibly null */
    static KeystoneToken issued(String id, String expires, Instant now) {
        Instant expiresAt = parseExpiry(expires);
        if (expiresAt == null) {
            expiresAt = now.plus(ASSUMED_LIFETIME);
        }
        // a token that lives shorter than twice the margin is refreshed half-way instead
        Duration lifetime = Duration.between(now, expiresAt);
        Duration margin = lifetime.dividedBy(2).compareTo(REFRESH_MARGIN) < 0 ? lifetime.dividedBy(2) : REFRESH_MARGIN;
        return new KeystoneToken(id, now, expiresAt, expiresAt.minus(margin));
    }

    boolean usableAt(Instant now) {
        return now.isBefore(refreshAfter);
    }

    /** Keystone writes "2026-11-26T13:21:02.000000Z"; older ones and ovirt-provider-ovn may omit the zone (UTC). */
    static Instant parseExpiry(String expires) {
        if (expires == null || expires.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(expires.strip()).toInstant();
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(expires.strip()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    @Override
    public String toString() {
        return "KeystoneToken[id=***, issuedAt=" + issuedAt + ", expiresAt=" + expiresAt + ", refreshAfter=" + refreshAfter + "]";
    }
}
