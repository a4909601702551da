package org.ovirt.osn.provider;

/** Why a call to a provider failed; each maps to its own message for admins. */
public enum ProviderErrorCode {
    /** TCP connection refused, unknown host, reset. */
    CONNECTION,
    /** Connect or read timeout. */
    TIMEOUT,
    /** TLS handshake failed, typically an untrusted certificate. */
    TLS,
    /** Keystone refused the credentials, or the provider answered 401/403. */
    AUTHENTICATION,
    NOT_FOUND,
    CONFLICT,
    BAD_REQUEST,
    /** The provider answered 5xx or another unexpected status. */
    PROVIDER_ERROR,
    /** The provider answered, but not in the Neutron v2.0 shape (not JSON, wrong structure, too large). */
    BAD_RESPONSE
}
