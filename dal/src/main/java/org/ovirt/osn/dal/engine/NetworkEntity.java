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

/**
 * A logical network of a data center, with the clusters it is attached to (cluster id → required). The attachment
 * rows go with the network, and with the cluster (database cascade).
 */
@Entity
@Table(name = "engine_network")
@NamedQuery(name = NetworkEntity.FIND_EXISTING_IDS, query = "SELECT n.id FROM NetworkEntity n WHERE n.id IN :ids")
@NamedQuery(name = NetworkEntity.FIND_ALL, query = "SELECT n FROM NetworkEntity n ORDER BY n.name, n.id")
@NamedQuery(name = NetworkEntity.FIND_BY_DATA_CENTER,
        query = "SELECT n FROM NetworkEntity n WHERE n.dataCenterId = :dataCenterId ORDER BY n.name")
@NamedQuery(name = NetworkEntity.FIND_BY_DATA_CENTER_AND_NAME,
        query = "SELECT n FROM NetworkEntity n WHERE n.dataCenterId = :dataCenterId AND n.name = :name")
@NamedQuery(name = NetworkEntity.FIND_BY_DATA_CENTER_AND_VDSM_NAME,
        query = "SELECT n FROM NetworkEntity n WHERE n.dataCenterId = :dataCenterId AND n.vdsmName = :vdsmName")
@NamedQuery(name = NetworkEntity.FIND_BY_CLUSTER,
        query = "SELECT n FROM NetworkEntity n JOIN n.clusterAttachments a WHERE KEY(a) = :clusterId ORDER BY n.name")
public class NetworkEntity {

    public static final String FIND_ALL = "Network.findAll";
    public static final String FIND_EXISTING_IDS = "Network.findExistingIds";
    public static final String FIND_BY_DATA_CENTER = "Network.findByDataCenter";
    public static final String FIND_BY_DATA_CENTER_AND_NAME = "Network.findByDataCenterAndName";
    public static final String FIND_BY_DATA_CENTER_AND_VDSM_NAME = "Network.findByDataCenterAndVdsmName";
    public static final String FIND_BY_CLUSTER = "Network.findByCluster";

    @Id
    private UUID id;

    @Column(name = "data_center_id", nullable = false)
    private UUID dataCenterId;

    @Column(nullable = false, length = 256)
    private String name;

    @Column(length = 4000)
    private String description;

    @Column(nullable = false)
    private int mtu;

    @Column(name = "vlan_id")
    private Integer vlanId;

    @Column(name = "vm_network", nullable = false)
    private boolean vmNetwork = true;

    @Column(name = "vdsm_name", nullable = false, length = 15)
    private String vdsmName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "engine_network_cluster", joinColumns = @JoinColumn(name = "network_id"))
    @MapKeyColumn(name = "cluster_id")
    @Column(name = "required", nullable = false)
    private Map<UUID, Boolean> clusterAttachments = new LinkedHashMap<>();

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public UUID getDataCenterId() {
        return dataCenterId;
    }

    public void setDataCenterId(UUID dataCenterId) {
        this.dataCenterId = dataCenterId;
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

    public int getMtu() {
        return mtu;
    }

    public void setMtu(int mtu) {
        this.mtu = mtu;
    }

    public Integer getVlanId() {
        return vlanId;
    }

    public void setVlanId(Integer vlanId) {
        this.vlanId = vlanId;
    }

    public boolean isVmNetwork() {
        return vmNetwork;
    }

    public void setVmNetwork(boolean vmNetwork) {
        this.vmNetwork = vmNetwork;
    }

    public String getVdsmName() {
        return vdsmName;
    }

    public void setVdsmName(String vdsmName) {
        this.vdsmName = vdsmName;
    }

    /** Cluster id → whether the network is required in that cluster; change it through this map. */
    public Map<UUID, Boolean> getClusterAttachments() {
        return clusterAttachments;
    }
}
