package org.ovirt.osn.dal.port;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** The provider port of one vNIC, and what the host was last told about it. */
@Entity
@Table(name = "osn_vnic_port")
@NamedQuery(name = VnicPortEntity.FIND_BY_VM,
        query = "SELECT p FROM VnicPortEntity p WHERE p.vmId = :vmId ORDER BY p.vnicId")
@NamedQuery(name = VnicPortEntity.FIND_BY_VNICS,
        query = "SELECT p FROM VnicPortEntity p WHERE p.vnicId IN :vnicIds ORDER BY p.vnicId")
@NamedQuery(name = VnicPortEntity.FIND_BY_PROVIDER,
        query = "SELECT p FROM VnicPortEntity p WHERE p.providerId = :providerId ORDER BY p.vnicId")
public class VnicPortEntity {

    public static final String FIND_BY_VM = "VnicPort.findByVm";
    public static final String FIND_BY_VNICS = "VnicPort.findByVnics";
    public static final String FIND_BY_PROVIDER = "VnicPort.findByProvider";

    @Id
    @Column(name = "vnic_id")
    private UUID vnicId;

    @Column(name = "vm_id", nullable = false)
    private UUID vmId;

    @Column(name = "provider_id", nullable = false)
    private UUID providerId;

    @Column(name = "port_id", nullable = false, length = 64)
    private String portId;

    @Column(name = "network_external_id", nullable = false, length = 64)
    private String networkExternalId;

    @Column(name = "host_binding", length = 255)
    private String hostBinding;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VnicPortState state;

    @Column(name = "provider_type", nullable = false, length = 32)
    private String providerType;

    @Column(name = "plugin_type", length = 255)
    private String pluginType;

    @Column(name = "security_groups", length = 4000)
    private String securityGroups;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    /** Optimistic lock: two flows changing one vNIC's port at once cannot silently overwrite each other. */
    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    @PrePersist
    void onCreate() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        createdAt = now;
        updatedAt = now;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID getVnicId() {
        return vnicId;
    }

    public void setVnicId(UUID vnicId) {
        this.vnicId = vnicId;
    }

    public UUID getVmId() {
        return vmId;
    }

    public void setVmId(UUID vmId) {
        this.vmId = vmId;
    }

    public UUID getProviderId() {
        return providerId;
    }

    public void setProviderId(UUID providerId) {
        this.providerId = providerId;
    }

    public String getPortId() {
        return portId;
    }

    public void setPortId(String portId) {
        this.portId = portId;
    }

    public String getNetworkExternalId() {
        return networkExternalId;
    }

    public void setNetworkExternalId(String networkExternalId) {
        this.networkExternalId = networkExternalId;
    }

    public String getHostBinding() {
        return hostBinding;
    }

    public void setHostBinding(String hostBinding) {
        this.hostBinding = hostBinding;
    }

    public VnicPortState getState() {
        return state;
    }

    public void setState(VnicPortState state) {
        this.state = state;
    }

    public String getProviderType() {
        return providerType;
    }

    public void setProviderType(String providerType) {
        this.providerType = providerType;
    }

    public String getPluginType() {
        return pluginType;
    }

    public void setPluginType(String pluginType) {
        this.pluginType = pluginType;
    }

    /** Comma separated group ids; empty or null: none. */
    public String getSecurityGroups() {
        return securityGroups;
    }

    public void setSecurityGroups(String securityGroups) {
        this.securityGroups = securityGroups;
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
