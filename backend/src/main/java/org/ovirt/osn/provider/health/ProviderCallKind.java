package org.ovirt.osn.provider.health;

import org.ovirt.osn.provider.ProviderException;

import java.util.Locale;

/** How one HTTP call to a provider (or its Keystone) ended: the label of its count in statistics and metrics. */
public enum ProviderCallKind {
    SUCCESS,
    /** Refused, reset, unknown host. */
    CONNECTION,
    /** Connect or read timeout. */
    TIMEOUT,
    /** The TLS handshake failed. */
    TLS,
    /** Keystone refused the credentials, or the provider answered 401/403. */
    AUTHENTICATION,
    /** Another 4xx: the provider answered, and refused this one request (400, 404, 409, ...). */
    HTTP_4XX,
    HTTP_5XX,
    /** A 1xx or 3xx, which a Neutron API never answers. */
    HTTP_OTHER,
    /** 2xx, but not JSON of the expected shape, or too large. */
    BAD_RESPONSE;

    /** values() copies its array on every call; the call path indexes this one instead. */
    static final ProviderCallKind[] ALL = values();

    /** The failure kind of a failed call; never {@link #SUCCESS}. */
    public static ProviderCallKind of(ProviderException e) {
        return switch (e.code()) {
            case CONNECTION -> CONNECTION;
            case TIMEOUT -> TIMEOUT;
            case TLS -> TLS;
            case AUTHENTICATION -> AUTHENTICATION;
            case BAD_RESPONSE -> BAD_RESPONSE;
            case NOT_FOUND, CONFLICT, BAD_REQUEST -> HTTP_4XX;
            case PROVIDER_ERROR -> statusClass(e.httpStatus());
        };
    }

    private static ProviderCallKind statusClass(int status) {
        if (status == 0 || status >= 500) {
            return HTTP_5XX;
        }
        return status >= 400 ? HTTP_4XX : HTTP_OTHER;
    }

    /** As statistics and metrics name it: {@code http_5xx}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
