package org.ovirt.osn.provider.neutron;

import org.ovirt.osn.config.OsnConfiguration;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderType;

import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/** Provider configurations and settings for the proxy tests. */
final class TestProviders {

    static final String PASSWORD = "s3cret-Pa55word";

    private TestProviders() {
    }

    /** Settings from key/value pairs only (no system properties, no environment). */
    static OsnConfiguration config(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new OsnConfiguration(properties, Map.of());
    }

    static Builder provider(NetworkProviderType type, String url) {
        return new Builder(type, url);
    }

    /** Fills the 18 record components with test defaults: no authentication. */
    static final class Builder {
        private final NetworkProviderType type;
        private final String url;
        private UUID id = UUID.randomUUID();
        private boolean requiresAuthentication;
        private String username;
        private String password;
        private String authUrl;
        private String tenantName;
        private String userDomainName;
        private String projectName;
        private String projectDomainName;
        private Map<String, String> customProperties = Map.of();

        private Builder(NetworkProviderType type, String url) {
            this.type = type;
            this.url = url;
        }

        Builder id(UUID value) {
            id = value;
            return this;
        }

        /** Keystone with the given user and password; the URL decides v3 or v2.0. */
        Builder keystone(String authenticationUrl, String user, String secret) {
            requiresAuthentication = true;
            authUrl = authenticationUrl;
            username = user;
            password = secret;
            return this;
        }

        Builder tenant(String value) {
            tenantName = value;
            return this;
        }

        Builder project(String name, String domain) {
            projectName = name;
            projectDomainName = domain;
            return this;
        }

        Builder userDomain(String value) {
            userDomainName = value;
            return this;
        }

        Builder customProperties(Map<String, String> value) {
            customProperties = value;
            return this;
        }

        NetworkProvider build() {
            return new NetworkProvider(id, "test-" + type.modelName(), "a test provider", type, url,
                    requiresAuthentication, username, password, authUrl, tenantName, userDomainName, projectName,
                    projectDomainName, null, false, false, customProperties);
        }
    }
}
