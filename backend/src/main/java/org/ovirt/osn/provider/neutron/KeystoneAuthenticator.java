package org.ovirt.osn.provider.neutron;

import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.health.ProviderCallMeter;

import java.time.Clock;

/**
 * Asks Keystone for a new token, v3 or v2.0 as the provider's authentication URL says. Stateless; caching is the
 * {@link KeystoneTokenSource}'s job. Keystone is reached through the same {@link NeutronHttp} as Neutron, so timeouts,
 * TLS trust and error mapping apply to it too.
 */
interface KeystoneAuthenticator {

    /**
     * @throws ProviderException AUTHENTICATION when Keystone refuses the credentials (the message names the Keystone
     *                           URL and user, never the password), or any other code the call failed with
     */
    KeystoneToken authenticate();

    /** @param meter where its calls to Keystone are counted: those of the provider it authenticates for */
    static KeystoneAuthenticator of(KeystoneCredentials credentials, boolean tenantRequired, NeutronHttp http,
                                    Clock clock, ProviderCallMeter meter) {
        return credentials.v3() ? new KeystoneV3Authenticator(credentials, http, clock, meter)
                : new KeystoneV2Authenticator(credentials, tenantRequired, http, clock, meter);
    }

    /** Puts Keystone's URL and the user into a failure's message, keeping everything else. */
    static ProviderException keystoneFailure(ProviderException e, KeystoneCredentials credentials) {
        String where = "Keystone at " + credentials.authUrl();
        if (e.httpStatus() == 401 || e.httpStatus() == 403) {
            // Keystone says 401, ovirt-provider-ovn 403; their own words add nothing ("The request you have made
            // requires authentication.")
            return ProviderFailures.reword(e, where + " refused the credentials of " + credentials.describeUser());
        }
        String hint = e.httpStatus() == 404
                ? " Does the authentication URL end in the version this Keystone serves (/v3 or /v2.0)?" : "";
        return ProviderFailures.reword(e, "Authenticating " + credentials.describeUser() + " with " + where
                + " failed: " + (hint.isEmpty() ? e.getMessage() : ProviderFailures.sentence(e.getMessage()) + hint));
    }

    /** A setting that makes authentication impossible before any call is made. */
    static ProviderException misconfigured(KeystoneCredentials credentials, String problem) {
        return new ProviderException(ProviderErrorCode.AUTHENTICATION, "Cannot authenticate "
                + credentials.describeUser() + " with Keystone at '" + credentials.authUrl() + "': " + problem,
                null, null);
    }

    static void requireBasics(KeystoneCredentials credentials) {
        if (credentials.username() == null || credentials.username().isBlank()) {
            throw misconfigured(credentials, "no user name is configured");
        }
        if (credentials.password() == null) {
            throw misconfigured(credentials, "no password is configured");
        }
        if (credentials.authUrl().isEmpty()) {
            throw misconfigured(credentials, "no authentication URL is configured");
        }
    }
}
