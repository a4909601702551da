package org.ovirt.osn.provider.neutron;

import org.ovirt.osn.provider.NetworkProvider;

/**
 * What Keystone needs to issue a token for one provider configuration. Two providers with equal credentials get equal
 * objects, which makes this the token cache's key; {@link #toString()} hides the password.
 *
 * @param authUrl           the provider's authentication URL without trailing slashes
 * @param userDomainName    v3 only, "Default" unless configured
 * @param projectName       v3 project scope; null for an unscoped token
 * @param projectDomainName v3 only, "Default" unless configured (null without a project)
 * @param tenantName        v2.0 tenant scope; null for an unscoped token
 */
record KeystoneCredentials(boolean v3, String authUrl, String username, String password, String userDomainName,
                           String projectName, String projectDomainName, String tenantName) {

    static final String DEFAULT_DOMAIN = "Default";

    static KeystoneCredentials of(NetworkProvider provider) {
        String authUrl = provider.authenticationUrl() == null ? "" : provider.authenticationUrl().strip()
                .replaceAll("/+$", "");
        if (provider.usesKeystoneV3()) {
            String project = blankToNull(provider.projectName());
            return new KeystoneCredentials(true, authUrl, provider.username(), provider.password(),
                    orDefault(provider.userDomainName()), project,
                    project == null ? null : orDefault(provider.projectDomainName()), null);
        }
        return new KeystoneCredentials(false, authUrl, provider.username(), provider.password(), null, null, null,
                blankToNull(provider.tenantName()));
    }

    /** "user 'x' (domain Default)", for messages. */
    String describeUser() {
        return "user '" + username + "'" + (v3 ? " (domain " + userDomainName + ")" : "");
    }

    @Override
    public String toString() {
        return "KeystoneCredentials[v3=" + v3 + ", authUrl=" + authUrl + ", username=" + username
                + ", password=" + (password == null ? "null" : "***") + ", userDomainName=" + userDomainName
                + ", projectName=" + projectName + ", projectDomainName=" + projectDomainName
                + ", tenantName=" + tenantName + "]";
    }

    private static String orDefault(String domain) {
        String name = blankToNull(domain);
        return name == null ? DEFAULT_DOMAIN : name;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
