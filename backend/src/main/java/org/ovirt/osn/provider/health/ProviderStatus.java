package org.ovirt.osn.provider.health;

import java.util.Locale;

/**
 * A provider's health as the outcome of the module's recent calls shows it ({@link ProviderCallMeter} derives it).
 * The REST {@code status} of a provider is {@link #value()}.
 */
public enum ProviderStatus {
    /** The last call succeeded, and none failed within the recovery window before it. */
    OK,
    /**
     * The provider answers, but the last call failed with a 5xx or an unreadable answer, or a failure is more recent
     * than the recovery window: the admin should look, provisioning may still work.
     */
    DEGRADED,
    /** The last call never got an answer: connection refused or reset, timeout, TLS handshake failure. */
    UNREACHABLE,
    /** The last call was refused for its credentials, by Keystone or by the provider. */
    AUTHENTICATION_FAILED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What one call's outcome says on its own, before the recovery window is considered. */
    static ProviderStatus implied(ProviderCallKind kind) {
        return switch (kind) {
            // a refused request (404 of a port already gone, 409 of a MAC in use) is an answer of a healthy provider
            case SUCCESS, HTTP_4XX -> OK;
            case CONNECTION, TIMEOUT, TLS -> UNREACHABLE;
            case AUTHENTICATION -> AUTHENTICATION_FAILED;
            case HTTP_5XX, HTTP_OTHER, BAD_RESPONSE -> DEGRADED;
        };
    }
}
