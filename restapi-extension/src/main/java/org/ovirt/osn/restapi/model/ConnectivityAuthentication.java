package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * Extension, in {@link ProviderConnectivity}: {@code method} {@code none}, {@code keystone_v2.0} or
 * {@code keystone_v3}; for Keystone its URL, the user (and its domain, v3), the project or tenant the token is scoped
 * to (and its domain, v3) and the fresh token's expiry ({@code token_expires_at}, ISO 8601 UTC; absent when Keystone
 * gave none). Never a password or a token.
 */
public class ConnectivityAuthentication {

    @XmlElement
    private String method;
    @XmlElement
    private String url;
    @XmlElement
    private String username;
    @XmlElement(name = "user_domain_name")
    private String userDomainName;
    @XmlElement(name = "project_name")
    private String projectName;
    @XmlElement(name = "project_domain_name")
    private String projectDomainName;
    @XmlElement(name = "token_expires_at")
    private String tokenExpiresAt;

    public ConnectivityAuthentication() {
        // for JAXB
    }

    public ConnectivityAuthentication(String method, String url, String username, String userDomainName,
                                      String projectName, String projectDomainName, String tokenExpiresAt) {
        this.method = method;
        this.url = url;
        this.username = username;
        this.userDomainName = userDomainName;
        this.projectName = projectName;
        this.projectDomainName = projectDomainName;
        this.tokenExpiresAt = tokenExpiresAt;
    }

    public String getMethod() {
        return method;
    }

    public String getUrl() {
        return url;
    }

    public String getUsername() {
        return username;
    }

    public String getUserDomainName() {
        return userDomainName;
    }

    public String getProjectName() {
        return projectName;
    }

    public String getProjectDomainName() {
        return projectDomainName;
    }

    public String getTokenExpiresAt() {
        return tokenExpiresAt;
    }
}
