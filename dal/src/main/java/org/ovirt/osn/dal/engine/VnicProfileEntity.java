package org.ovirt.osn.dal.engine;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A vNIC profile of a logical network, with its custom properties (such as {@code SecurityGroups}). */
@Entity
@Table(name = "engine_vnic_profile")
@NamedQuery(name = VnicProfileEntity.FIND_ALL, query = "SELECT p FROM VnicProfileEntity p ORDER BY p.name, p.id")
@NamedQuery(name = VnicProfileEntity.FIND_BY_NETWORK,
        query = "SELECT p FROM VnicProfileEntity p WHERE p.networkId = :networkId ORDER BY p.name")
@NamedQuery(name = VnicProfileEntity.FIND_BY_NETWORK_AND_NAME,
        query = "SELECT p FROM VnicProfileEntity p WHERE p.networkId = :networkId AND p.name = :name")
public class VnicProfileEntity {

    public static final String FIND_ALL = "VnicProfile.findAll";
    public static final String FIND_BY_NETWORK = "VnicProfile.findByNetwork";
    public static final String FIND_BY_NETWORK_AND_NAME = "VnicProfile.findByNetworkAndName";

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(nullable = false, length = 256)
    private String name;

    @Column(length = 4000)
    private String description;

    @Column(name = "public_use", nullable = false)
    private boolean publicUse;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "engine_vnic_profile_property", joinColumns = @JoinColumn(name = "vnic_profile_id"))
    @MapKeyColumn(name = "property_name", length = 128)
    @Column(name = "property_value", length = 4000)
    private Map<String, String> customProperties = new LinkedHashMap<>();

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public UUID getNetworkId() {
        return networkId;
    }

    public void setNetworkId(UUID networkId) {
        this.networkId = networkId;
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

    public boolean isPublicUse() {
        return publicUse;
    }

    public void setPublicUse(boolean publicUse) {
        this.publicUse = publicUse;
    }

    public Map<String, String> getCustomProperties() {
        return customProperties;
    }

    public void setCustomProperties(Map<String, String> customProperties) {
        this.customProperties = customProperties == null ? new LinkedHashMap<>() : new LinkedHashMap<>(customProperties);
    }
}
