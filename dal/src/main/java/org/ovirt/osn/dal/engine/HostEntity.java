package org.ovirt.osn.dal.engine;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.UUID;

/** A host of the standalone engine host, in one cluster. */
@Entity
@Table(name = "engine_host")
@NamedQuery(name = HostEntity.FIND_ALL, query = "SELECT h FROM HostEntity h ORDER BY h.name")
@NamedQuery(name = HostEntity.FIND_BY_NAME, query = "SELECT h FROM HostEntity h WHERE h.name = :name")
@NamedQuery(name = HostEntity.FIND_BY_ADDRESS, query = "SELECT h FROM HostEntity h WHERE h.address = :address")
@NamedQuery(name = HostEntity.FIND_BY_CLUSTER,
        query = "SELECT h FROM HostEntity h WHERE h.clusterId = :clusterId ORDER BY h.name")
public class HostEntity {

    public static final String FIND_ALL = "Host.findAll";
    public static final String FIND_BY_NAME = "Host.findByName";
    public static final String FIND_BY_ADDRESS = "Host.findByAddress";
    public static final String FIND_BY_CLUSTER = "Host.findByCluster";

    @Id
    private UUID id;

    @Column(nullable = false, length = 255)
    private String name;

    @Column(length = 4000)
    private String description;

    @Column(nullable = false, length = 255)
    private String address;

    @Column(name = "cluster_id", nullable = false)
    private UUID clusterId;

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

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public UUID getClusterId() {
        return clusterId;
    }

    public void setClusterId(UUID clusterId) {
        this.clusterId = clusterId;
    }
}
