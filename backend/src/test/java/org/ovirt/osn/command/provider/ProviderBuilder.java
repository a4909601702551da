package org.ovirt.osn.command.provider;

import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderType;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Test data: a provider that passes every rule, changed one field at a time. */
final class ProviderBuilder {

    private UUID id = UUID.fromString("6b5a4a2e-4c55-4f3e-9d7e-3a1f0c2b9e10");
    private String name = "neutron-1";
    private String description = "lab neutron";
    private NetworkProviderType type = NetworkProviderType.NEUTRON;
    private String url = "http://neutron.example.com:9696";
    private boolean requiresAuthentication = true;
    private String username = "admin";
    private String password = "s3cret";
    private String authenticationUrl = "http://keystone.example.com:5000/v3";
    private String tenantName = null;
    private String userDomainName = "Default";
    private String projectName = "admin";
    private String projectDomainName = "Default";
    private String externalPluginType = null;
    private Map<String, String> customProperties = new HashMap<>();

    private ProviderBuilder() {
    }

    /** A Neutron provider with Keystone v3 authentication. */
    static ProviderBuilder neutron() {
        return new ProviderBuilder();
    }

    /** An external provider (ovirt-provider-ovn style) without authentication. */
    static ProviderBuilder externalWithoutAuthentication() {
        return new ProviderBuilder().type(NetworkProviderType.EXTERNAL).requiresAuthentication(false)
                .username(null).password(null).authenticationUrl(null).userDomainName(null).projectName(null)
                .projectDomainName(null).externalPluginType("OVIRT_PROVIDER_OVN");
    }

    ProviderBuilder id(UUID value) {
        id = value;
        return this;
    }

    ProviderBuilder name(String value) {
        name = value;
        return this;
    }

    ProviderBuilder description(String value) {
        description = value;
        return this;
    }

    ProviderBuilder type(NetworkProviderType value) {
        type = value;
        return this;
    }

    ProviderBuilder url(String value) {
        url = value;
        return this;
    }

    ProviderBuilder requiresAuthentication(boolean value) {
        requiresAuthentication = value;
        return this;
    }

    ProviderBuilder username(String value) {
        username = value;
        return this;
    }

    ProviderBuilder password(String value) {
        password = value;
        return this;
    }

    ProviderBuilder authenticationUrl(String value) {
        authenticationUrl = value;
        return this;
    }

    ProviderBuilder tenantName(String value) {
        tenantName = value;
        return this;
    }

    ProviderBuilder userDomainName(String value) {
        userDomainName = value;
        return this;
    }

    ProviderBuilder projectName(String value) {
        projectName = value;
        return this;
    }

    ProviderBuilder projectDomainName(String value) {
        projectDomainName = value;
        return this;
    }

    ProviderBuilder externalPluginType(String value) {
        externalPluginType = value;
        return this;
    }

    ProviderBuilder customProperty(String key, String value) {
        customProperties.put(key, value);
        return this;
    }

    NetworkProvider build() {
        return new NetworkProvider(id, name, description, type, url, requiresAuthentication, username, password,
                authenticationUrl, tenantName, userDomainName, projectName, projectDomainName, externalPluginType,
                false, false, customProperties);
    }
}
