package org.ovirt.osn.provider;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a successful connectivity test found: the API versions the provider advertises, how the module authenticated,
 * the round trip of each call the test made (in order), and the capabilities detected, as provisioning will use
 * them from now on (the test detects them anew).
 *
 * @param apiVersions    e.g. {@code v2.0 (CURRENT)}, as the provider lists them
 * @param tokenExpiresAt the fresh token's expiry; null without authentication or when Keystone gave none
 * @param portBinding    the provider announces {@code binding} (port binding to a host)
 * @param securityGroups the provider announces {@code security-group}
 */
public record ProviderConnectivityReport(List<String> apiVersions, Authentication authentication,
                                         Instant tokenExpiresAt, List<CallTiming> calls,
                                         ProviderCapabilities capabilities, boolean portBinding,
                                         boolean securityGroups) {

    public ProviderConnectivityReport {
        apiVersions = List.copyOf(apiVersions);
        calls = List.copyOf(calls);
    }

    /** How the module authenticates to the provider: never a password. */
    public enum AuthenticationKind {
        NONE("none"), KEYSTONE_V2("keystone_v2.0"), KEYSTONE_V3("keystone_v3");

        private final String value;

        AuthenticationKind(String value) {
            this.value = value;
        }

        /** As REST shows it. */
        public String value() {
            return value;
        }
    }

    /**
     * @param project       v3 project or v2.0 tenant the token is scoped to; null for an unscoped token
     * @param projectDomain v3 only; null otherwise
     */
    public record Authentication(AuthenticationKind kind, String url, String user, String userDomain, String project,
                                 String projectDomain) {

        public static final Authentication NONE = new Authentication(AuthenticationKind.NONE, null, null, null, null,
                null);
    }

    /** @param request e.g. {@code GET http://neutron:9696/v2.0/extensions} */
    public record CallTiming(String request, Duration roundTrip) {
    }
}
