package org.ovirt.osn.dal.port;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A port create about to be sent for one vNIC on one provider, open until the port is recorded. */
@Entity
@Table(name = "osn_port_intent")
@NamedQuery(name = PortIntentEntity.FIND_BY_VNICS,
        query = "SELECT i FROM PortIntentEntity i WHERE i.vnicId IN :vnicIds ORDER BY i.vnicId, i.createdAt")
@NamedQuery(name = PortIntentEntity.FIND_BY_VM,
        query = "SELECT i FROM PortIntentEntity i WHERE i.vmId = :vmId ORDER BY i.vnicId, i.createdAt")
@NamedQuery(name = PortIntentEntity.CLOSE_ON_PROVIDER,
        query = "DELETE FROM PortIntentEntity i WHERE i.providerId = :providerId AND i.vnicId IN :vnicIds")
@NamedQuery(name = PortIntentEntity.CLOSE_ATTEMPT,
        query = "DELETE FROM PortIntentEntity i WHERE i.attemptId = :attemptId")
@NamedQuery(name = PortIntentEntity.CLOSE_OF_VNIC,
        query = "DELETE FROM PortIntentEntity i WHERE i.vnicId = :vnicId")
@NamedQuery(name = PortIntentEntity.CLOSE_OF_VM,
        query = "DELETE FROM PortIntentEntity i WHERE i.vmId = :vmId")
public class PortIntentEntity {

    public static final String FIND_BY_VNICS = "PortIntent.findByVnics";
    public static final String FIND_BY_VM = "PortIntent.findByVm";
    public static final String CLOSE_ON_PROVIDER = "PortIntent.closeOnProvider";
    public static final String CLOSE_ATTEMPT = "PortIntent.closeAttempt";
    public static final String CLOSE_OF_VNIC = "PortIntent.closeOfVnic";
    public static final String CLOSE_OF_VM = "PortIntent.closeOfVm";

    @Id
    private UUID id;

    /** The same for every vNIC of one create request. */
    @Column(name = "attempt_id", nullable = false)
    private UUID attemptId;

    @Column(name = "vnic_id", nullable = false)
    private UUID vnicId;

    @Column(name = "vm_id", nullable = false)
    private UUID vmId;

    @Column(name = "provider_id", nullable = false)
    private UUID providerId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected PortIntentEntity() {
        // for JPA
    }

    public PortIntentEntity(UUID attemptId, UUID vnicId, UUID vmId, UUID providerId) {
        this.id = UUID.randomUUID();
        this.attemptId = attemptId;
        this.vnicId = vnicId;
        this.vmId = vmId;
        this.providerId = providerId;
    }

    @PrePersist
    void onCreate() {
        createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID getId() {
        return id;
    }

    public UUID getAttemptId() {
        return attemptId;
    }

    public UUID getVnicId() {
        return vnicId;
    }

    public UUID getVmId() {
        return vmId;
    }

    public UUID getProviderId() {
        return providerId;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
