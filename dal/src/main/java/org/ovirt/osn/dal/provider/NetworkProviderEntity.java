package org.ovirt.osn.dal.provider;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A registered network provider. The password is held only as ciphertext ({@link #getPasswordEncrypted()}); turning
 * it into plain text is the backend's job, with a key that never enters the database.
 */
@Entity
@Table(name = "osn_network_provider")
@NamedQuery(name = NetworkProviderEntity.FIND_ALL,
        query = "SELECT p FROM NetworkProviderEntity p ORDER BY p.name")
@NamedQuery(name = NetworkProviderEntity.FIND_BY_NAME,
        query = "SELECT p FROM NetworkProviderEntity p WHERE p.name = :name")
public class NetworkProviderEntity {

    public static final String FIND_ALL = "NetworkProvider.findAll";
    public static final String FIND_BY_NAME = "NetworkProvider.findByName";

    @Id
    private UUID id;

    @Column(nullable = false, length = 128)
    private String name;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "provider_type", nullable = false, length = 16)
    private ProviderType type;

    @Column(nullable = false, length = 512)
    private String url;

    @Column(name = "requires_auth", nullable = false)
    private boolean requiresAuthentication;

    @Column(length = 128)
    private String username;

    @Column(name = "password_encrypted", length = 1024)
    private String passwordEncrypted;

    @Column(name = "auth_url", length = 512)
    private String authenticationUrl;

    @Column(name = "tenant_name", length = 128)
    private String tenantName;

    @Column(name = "user_domain_name", length = 128)
    private String userDomainName;

    @Column(name = "project_name", length = 128)
    private String projectName;

    @Column(name = "project_domain_name", length = 128)
    private String projectDomainName;

    @Column(name = "external_plugin_type", length = 64)
    private String externalPluginType;

    @Column(name = "read_only", nullable = false)
    private boolean readOnly;

    @Column(name = "auto_sync", nullable = false)
    private boolean autoSync;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "osn_network_provider_property", joinColumns = @JoinColumn(name = "provider_id"))
    @MapKeyColumn(name = "property_name", length = 128)
    @Column(name = "property_value", length = 4000)
    private Map<String, String> customProperties = new LinkedHashMap<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    /** Optimistic lock: two concurrent updates of one provider cannot silently overwrite each other. */
    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    @PrePersist
    void onCreate() {
        createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ProviderType getType() {
        return type;
    }

    public void setType(ProviderType type) {
        this.type = type;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public boolean isRequiresAuthentication() {
        return requiresAuthentication;
    }

    public void setRequiresAuthentication(boolean requiresAuthentication) {
        this.requiresAuthentication = requiresAuthentication;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPasswordEncrypted() {
        return passwordEncrypted;
    }

    public void setPasswordEncrypted(String passwordEncrypted) {
        this.passwordEncrypted = passwordEncrypted;
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

    public String getExternalPluginType() {
        return externalPluginType;
    }

    public void setExternalPluginType(String externalPluginType) {
        this.externalPluginType = externalPluginType;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    public boolean isAutoSync() {
        return autoSync;
    }

    public void setAutoSync(boolean autoSync) {
        this.autoSync = autoSync;
    }

    public Map<String, String> getCustomProperties() {
        return customProperties;
    }

    public void setCustomProperties(Map<String, String> customProperties) {
        this.customProperties = customProperties == null ? new LinkedHashMap<>() : new LinkedHashMap<>(customProperties);
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public int getRowVersion() {
        return rowVersion;
    }
}
