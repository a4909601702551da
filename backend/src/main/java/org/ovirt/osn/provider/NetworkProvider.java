package org.ovirt.osn.provider;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A network provider as the engine knows it. {@code password} is plain text and lives only in memory: it is encrypted
 * before it is stored and never leaves through the API or a log ({@link #toString()} hides it).
 *
 * @param authenticationUrl Keystone endpoint; ending in {@code /v3} selects Keystone v3, anything else v2.0
 * @param externalPluginType passed to hosts as the vNIC's {@code plugin_type} (e.g. {@code OVIRT_PROVIDER_OVN})
 * @param readOnly           no network or subnet changes on the provider; ports are still provisioned
 */
public record NetworkProvider(
        UUID id,
        String name,
        String description,
        NetworkProviderType type,
        String url,
        boolean requiresAuthentication,
        String username,
        String password,
        String authenticationUrl,
        String tenantName,
        String userDomainName,
        String projectName,
        String projectDomainName,
        String externalPluginType,
        boolean readOnly,
        boolean autoSync,
        Map<String, String> customProperties) {

    public NetworkProvider {
        // a LinkedHashMap keeps the admin's order and allows a property without a value
        customProperties = customProperties == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(customProperties));
    }

    public NetworkProvider withId(UUID newId) {
        return new NetworkProvider(newId, name, description, type, url, requiresAuthentication, username, password,
                authenticationUrl, tenantName, userDomainName, projectName, projectDomainName, externalPluginType,
                readOnly, autoSync, customProperties);
    }

    public NetworkProvider withPassword(String newPassword) {
        return new NetworkProvider(id, name, description, type, url, requiresAuthentication, username, newPassword,
                authenticationUrl, tenantName, userDomainName, projectName, projectDomainName, externalPluginType,
                readOnly, autoSync, customProperties);
    }

    /** Keystone v3 is used when the authentication URL ends in {@code /v3} (with or without a slash). */
    public boolean usesKeystoneV3() {
        return authenticationUrl != null && authenticationUrl.replaceAll("/+$", "").endsWith("/v3");
    }

    @Override
    public String toString() {
        return "NetworkProvider[id=" + id + ", name=" + name + ", type=" + type + ", url=" + url
                + ", requiresAuthentication=" + requiresAuthentication + ", username=" + username
                + ", password=" + (password == null ? "null" : "***") + ", authenticationUrl=" + authenticationUrl
                + ", tenantName=" + tenantName + ", userDomainName=" + userDomainName + ", projectName=" + projectName
                + ", projectDomainName=" + projectDomainName + ", externalPluginType=" + externalPluginType
                + ", readOnly=" + readOnly + ", autoSync=" + autoSync + "]";
    }
}
