package org.ovirt.osn.dal.engine;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.UUID;

/** A cluster of the standalone engine host; it belongs to one data center. */
@Entity
@Table(name = "engine_cluster")
@NamedQuery(name = ClusterEntity.FIND_ALL, query = "SELECT c FROM ClusterEntity c ORDER BY c.name")
@NamedQuery(name = ClusterEntity.FIND_BY_NAME, query = "SELECT c FROM ClusterEntity c WHERE c.name = :name")
@NamedQuery(name = ClusterEntity.FIND_BY_DATA_CENTER,
        query = "SELECT c FROM ClusterEntity c WHERE c.dataCenterId = :dataCenterId ORDER BY c.name")
@NamedQuery(name = ClusterEntity.FIND_BY_DEFAULT_NETWORK_PROVIDER,
        query = "SELECT c FROM ClusterEntity c WHERE c.defaultNetworkProviderId = :providerId ORDER BY c.name")
public class ClusterEntity {

    public static final String FIND_ALL = "Cluster.findAll";
    public static final String FIND_BY_NAME = "Cluster.findByName";
    public static final String FIND_BY_DATA_CENTER = "Cluster.findByDataCenter";
    public static final String FIND_BY_DEFAULT_NETWORK_PROVIDER = "Cluster.findByDefaultNetworkProvider";

    @Id
    private UUID id;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(length = 4000)
    private String description;

    @Column(name = "data_center_id", nullable = false)
    private UUID dataCenterId;

    /** The provider whose networks sync brings into this cluster; null for none. */
    @Column(name = "default_network_provider_id")
    private UUID defaultNetworkProviderId;

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

    public UUID getDataCenterId() {
        return dataCenterId;
    }

    public void setDataCenterId(UUID dataCenterId) {
        this.dataCenterId = dataCenterId;
    }

    public UUID getDefaultNetworkProviderId() {
        return defaultNetworkProviderId;
    }

    public void setDefaultNetworkProviderId(UUID defaultNetworkProviderId) {
        this.defaultNetworkProviderId = defaultNetworkProviderId;
    }
}
