package org.ovirt.osn.dal.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One "engine network is provided by this provider network" link. */
@Entity
@Table(name = "osn_provided_network")
@NamedQuery(name = ProvidedNetworkEntity.FIND_BY_NETWORK,
        query = "SELECT l FROM ProvidedNetworkEntity l WHERE l.networkId = :networkId ORDER BY l.createdAt, l.id")
@NamedQuery(name = ProvidedNetworkEntity.FIND_BY_PROVIDER,
        query = "SELECT l FROM ProvidedNetworkEntity l WHERE l.providerId = :providerId ORDER BY l.externalId, l.id")
@NamedQuery(name = ProvidedNetworkEntity.FIND_BY_EXTERNAL,
        query = "SELECT l FROM ProvidedNetworkEntity l WHERE l.providerId = :providerId"
                + " AND l.externalId = :externalId ORDER BY l.dataCenterId")
@NamedQuery(name = ProvidedNetworkEntity.DELETE_BY_NETWORK,
        query = "DELETE FROM ProvidedNetworkEntity l WHERE l.networkId = :networkId")
@NamedQuery(name = ProvidedNetworkEntity.MARK_VANISHED,
        query = "UPDATE ProvidedNetworkEntity l SET l.vanishedAt = :at WHERE l.id = :id AND l.vanishedAt IS NULL")
@NamedQuery(name = ProvidedNetworkEntity.CLEAR_VANISHED,
        query = "UPDATE ProvidedNetworkEntity l SET l.vanishedAt = NULL WHERE l.id = :id AND l.vanishedAt IS NOT NULL")
public class ProvidedNetworkEntity {

    public static final String FIND_BY_NETWORK = "ProvidedNetwork.findByNetwork";
    public static final String FIND_BY_PROVIDER = "ProvidedNetwork.findByProvider";
    public static final String FIND_BY_EXTERNAL = "ProvidedNetwork.findByExternal";
    public static final String DELETE_BY_NETWORK = "ProvidedNetwork.deleteByNetwork";
    public static final String MARK_VANISHED = "ProvidedNetwork.markVanished";
    public static final String CLEAR_VANISHED = "ProvidedNetwork.clearVanished";

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(name = "provider_id", nullable = false)
    private UUID providerId;

    @Column(name = "external_id", nullable = false, length = 64)
    private String externalId;

    @Column(name = "data_center_id", nullable = false)
    private UUID dataCenterId;

    @Column(name = "physical_network_id")
    private UUID physicalNetworkId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "vanished_at")
    private OffsetDateTime vanishedAt;

    protected ProvidedNetworkEntity() {
        // for JPA
    }

    public ProvidedNetworkEntity(UUID id, UUID networkId, UUID providerId, String externalId, UUID dataCenterId,
                                 UUID physicalNetworkId, OffsetDateTime createdAt) {
        this.id = id;
        this.networkId = networkId;
        this.providerId = providerId;
        this.externalId = externalId;
        this.dataCenterId = dataCenterId;
        this.physicalNetworkId = physicalNetworkId;
        this.createdAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getNetworkId() {
        return networkId;
    }

    public UUID getProviderId() {
        return providerId;
    }

    public String getExternalId() {
        return externalId;
    }

    public UUID getDataCenterId() {
        return dataCenterId;
    }

    /** The data center network a flat or VLAN provider network is carried by, or null. */
    public UUID getPhysicalNetworkId() {
        return physicalNetworkId;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    /** Since when the provider network is gone while the engine network was kept for its vNICs; null if it is not. */
    public OffsetDateTime getVanishedAt() {
        return vanishedAt;
    }
}
