package org.ovirt.osn.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

import java.util.List;

/** {@code <openstack_network_provider>}, as oVirt's {@code OpenStackNetworkProvider} type. */
@XmlRootElement(name = "openstack_network_provider")
@XmlType(name = "OpenStackNetworkProvider")
public class OpenStackNetworkProvider extends BaseResource {

    @XmlElement
    private String url;
    @XmlElement(name = "requires_authentication")
    private Boolean requiresAuthentication;
    @XmlElement
    private String username;
    /** Accepted on add/update, never returned. */
    @XmlElement
    private String password;
    @XmlElement(name = "authentication_url")
    private String authenticationUrl;
    @XmlElement(name = "tenant_name")
    private String tenantName;
    @XmlElement(name = "user_domain_name")
    private String userDomainName;
    @XmlElement(name = "project_name")
    private String projectName;
    @XmlElement(name = "project_domain_name")
    private String projectDomainName;
    @XmlElement
    private String type;
    @XmlElement(name = "external_plugin_type")
    private String externalPluginType;
    /** Deprecated in oVirt 4.2; only {@code open_vswitch}, mirrored from {@code external_plugin_type}. */
    @XmlElement(name = "plugin_type")
    private String pluginType;
    @XmlElement(name = "read_only")
    private Boolean readOnly;
    @XmlElement(name = "auto_sync")
    private Boolean autoSync;
    @XmlElement
    private Boolean unmanaged;
    @XmlElement
    private Properties properties;
    /**
     * Not in oVirt's model (a host's {@code status} is): {@code ok}, {@code degraded}, {@code unreachable} or
     * {@code authentication_failed}, derived from this node's recent calls; absent before the first. Read-only.
     */
    @XmlElement
    private String status;
    @XmlElement(name = "link")
    private List<Link> link;

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Boolean getRequiresAuthentication() {
        return requiresAuthentication;
    }

    public void setRequiresAuthentication(Boolean requiresAuthentication) {
        this.requiresAuthentication = requiresAuthentication;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getAuthenticationUrl() {
        return authenticationUrl;
    }

    public void setAuthenticationUrl(String authenticationUrl) {
        this.authenticationUrl = authenticationUrl;
    }

    public String getTenantName() {
        return tenantName;
    }

    public void setTenantName(String tenantName) {
        this.tenantName = tenantName;
    }

    public String getUserDomainName() {
        return userDomainName;
    }

    public void setUserDomainName(String userDomainName) {
        this.userDomainName = userDomainName;
    }

    public String getProjectName() {
        return projectName;
    }

    public void setProjectName(String projectName) {
        this.projectName = projectName;
    }

    public String getProjectDomainName() {
        return projectDomainName;
    }

    public void setProjectDomainName(String projectDomainName) {
        this.projectDomainName = projectDomainName;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getExternalPluginType() {
        return externalPluginType;
    }

    public void setExternalPluginType(String externalPluginType) {
        this.externalPluginType = externalPluginType;
    }

    public String getPluginType() {
        return pluginType;
    }

    public void setPluginType(String pluginType) {
        this.pluginType = pluginType;
    }

    public Boolean getReadOnly() {
        return readOnly;
    }

    public void setReadOnly(Boolean readOnly) {
        this.readOnly = readOnly;
    }

    public Boolean getAutoSync() {
        return autoSync;
    }

    public void setAutoSync(Boolean autoSync) {
        this.autoSync = autoSync;
    }

    public Boolean getUnmanaged() {
        return unmanaged;
    }

    public void setUnmanaged(Boolean unmanaged) {
        this.unmanaged = unmanaged;
    }

    public Properties getProperties() {
        return properties;
    }

    public void setProperties(Properties properties) {
        this.properties = properties;
    }

    public List<Link> getLink() {
        return link;
    }

    public void setLink(List<Link> link) {
        this.link = link;
    }
}
