package org.ovirt.osn.dal.engine;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.UUID;

/** A VM of the standalone engine host, in one cluster; {@code status} is {@code down}, {@code up} or {@code migrating}. */
@Entity
@Table(name = "engine_vm")
@NamedQuery(name = VmEntity.FIND_ALL, query = "SELECT v FROM VmEntity v ORDER BY v.name")
@NamedQuery(name = VmEntity.FIND_BY_NAME, query = "SELECT v FROM VmEntity v WHERE v.name = :name")
@NamedQuery(name = VmEntity.FIND_BY_CLUSTER,
        query = "SELECT v FROM VmEntity v WHERE v.clusterId = :clusterId ORDER BY v.name")
@NamedQuery(name = VmEntity.FIND_BY_HOST,
        query = "SELECT v FROM VmEntity v WHERE v.runOnHostId = :hostId ORDER BY v.name")
public class VmEntity {

    public static final String FIND_ALL = "Vm.findAll";
    public static final String FIND_BY_NAME = "Vm.findByName";
    public static final String FIND_BY_CLUSTER = "Vm.findByCluster";
    public static final String FIND_BY_HOST = "Vm.findByHost";

    @Id
    private UUID id;

    @Column(nullable = false, length = 255)
    private String name;

    @Column(length = 4000)
    private String description;

    @Column(name = "cluster_id", nullable = false)
    private UUID clusterId;

    @Column(nullable = false, length = 16)
    private String status = "down";

    @Column(name = "run_on_host_id")
    private UUID runOnHostId;

    /** The login name of the user who added the VM (see V14); null for none. */
    @Column(length = 255)
    private String owner;

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

    public UUID getClusterId() {
        return clusterId;
    }

    public void setClusterId(UUID clusterId) {
        this.clusterId = clusterId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public UUID getRunOnHostId() {
        return runOnHostId;
    }

    public void setRunOnHostId(UUID runOnHostId) {
        this.runOnHostId = runOnHostId;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }
}
