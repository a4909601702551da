package org.ovirt.osn.dal.release;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One provider port still to be deleted, with its retry state and the claim of the node working it. */
@Entity
@Table(name = "osn_port_release")
@NamedQuery(name = PortReleaseEntity.FIND_DUE,
        query = "SELECT r.id FROM PortReleaseEntity r WHERE r.nextAttemptAt <= :now"
                + " AND (r.claimedUntil IS NULL OR r.claimedUntil < :now) ORDER BY r.nextAttemptAt, r.id")
@NamedQuery(name = PortReleaseEntity.CLAIM,
        query = "UPDATE PortReleaseEntity r SET r.claimedBy = :owner, r.claimedUntil = :until WHERE r.id = :id"
                + " AND (r.claimedUntil IS NULL OR r.claimedUntil < :now)")
@NamedQuery(name = PortReleaseEntity.RECORD_FAILURE,
        query = "UPDATE PortReleaseEntity r SET r.attempts = r.attempts + 1, r.nextAttemptAt = :next,"
                + " r.lastError = :error, r.claimedBy = NULL, r.claimedUntil = NULL"
                + " WHERE r.id = :id AND r.claimedBy = :owner")
@NamedQuery(name = PortReleaseEntity.EXPIRED_CLAIM_OWNER,
        query = "SELECT r.claimedBy FROM PortReleaseEntity r WHERE r.id = :id AND r.claimedBy IS NOT NULL"
                + " AND r.claimedBy <> :owner AND r.claimedUntil < :now")
@NamedQuery(name = PortReleaseEntity.TAKE_OVER,
        query = "UPDATE PortReleaseEntity r SET r.claimedBy = :owner, r.claimedUntil = :until WHERE r.id = :id"
                + " AND r.claimedBy = :previous AND r.claimedUntil < :now")
@NamedQuery(name = PortReleaseEntity.UNCLAIM_ALL,
        query = "UPDATE PortReleaseEntity r SET r.claimedBy = NULL, r.claimedUntil = NULL WHERE r.claimedBy = :owner")
@NamedQuery(name = PortReleaseEntity.DELETE,
        query = "DELETE FROM PortReleaseEntity r WHERE r.id = :id")
@NamedQuery(name = PortReleaseEntity.FIND_BY_PROVIDER,
        query = "SELECT r FROM PortReleaseEntity r WHERE r.providerId = :providerId ORDER BY r.createdAt, r.id")
@NamedQuery(name = PortReleaseEntity.FIND_WITHOUT_PROVIDER,
        query = "SELECT r.id FROM PortReleaseEntity r WHERE (r.claimedUntil IS NULL OR r.claimedUntil < :now)"
                + " AND NOT EXISTS (SELECT p.id FROM NetworkProviderEntity p WHERE p.id = r.providerId)"
                + " ORDER BY r.createdAt, r.id")
@NamedQuery(name = PortReleaseEntity.SUMMARIZE_BY_PROVIDER,
        query = "SELECT COUNT(r), MIN(r.createdAt) FROM PortReleaseEntity r WHERE r.providerId = :providerId")
@NamedQuery(name = PortReleaseEntity.COUNT_PENDING_PORT,
        query = "SELECT COUNT(r) FROM PortReleaseEntity r WHERE r.providerId = :providerId AND r.portId = :portId")
public class PortReleaseEntity {

    public static final String FIND_DUE = "PortRelease.findDue";
    public static final String CLAIM = "PortRelease.claim";
    public static final String RECORD_FAILURE = "PortRelease.recordFailure";
    public static final String UNCLAIM_ALL = "PortRelease.unclaimAll";
    public static final String EXPIRED_CLAIM_OWNER = "PortRelease.expiredClaimOwner";
    public static final String TAKE_OVER = "PortRelease.takeOver";
    public static final String DELETE = "PortRelease.delete";
    public static final String SUMMARIZE_BY_PROVIDER = "PortRelease.summarizeByProvider";
    public static final String FIND_BY_PROVIDER = "PortRelease.findByProvider";
    public static final String COUNT_PENDING_PORT = "PortRelease.countPendingPort";
    public static final String FIND_WITHOUT_PROVIDER = "PortRelease.findWithoutProvider";

    /** The longest last error kept; a longer one is cut. */
    public static final int LAST_ERROR_LENGTH = 2000;

    @Id
    private UUID id;

    @Column(name = "provider_id", nullable = false)
    private UUID providerId;

    @Column(name = "port_id", length = 64)
    private String portId;

    @Column(name = "vnic_id", nullable = false)
    private UUID vnicId;

    @Column(name = "vnic_name", length = 255)
    private String vnicName;

    @Column(name = "vm_name", length = 255)
    private String vmName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PortReleaseOrigin origin;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_error", length = LAST_ERROR_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "claimed_by", length = 200)
    private String claimedBy;

    @Column(name = "claimed_until")
    private OffsetDateTime claimedUntil;

    protected PortReleaseEntity() {
        // for JPA
    }

    /** A new release, due at once, tried never, claimed by nobody. */
    public PortReleaseEntity(UUID id, UUID providerId, String portId, UUID vnicId, String vnicName, String vmName,
                             PortReleaseOrigin origin, OffsetDateTime createdAt) {
        this(id, providerId, portId, vnicId, vnicName, vmName, origin, createdAt, createdAt);
    }

    /** A new release, first due at {@code firstAttemptAt}, tried never, claimed by nobody. */
    public PortReleaseEntity(UUID id, UUID providerId, String portId, UUID vnicId, String vnicName, String vmName,
                             PortReleaseOrigin origin, OffsetDateTime createdAt, OffsetDateTime firstAttemptAt) {
        this.id = id;
        this.providerId = providerId;
        this.portId = portId;
        this.vnicId = vnicId;
        this.vnicName = vnicName;
        this.vmName = vmName;
        this.origin = origin;
        this.createdAt = createdAt;
        this.nextAttemptAt = firstAttemptAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getProviderId() {
        return providerId;
    }

    /** Null when the port is to be found by its device id (the vNIC id) and the engine's device owner. */
    public String getPortId() {
        return portId;
    }

    public UUID getVnicId() {
        return vnicId;
    }

    public String getVnicName() {
        return vnicName;
    }

    public String getVmName() {
        return vmName;
    }

    public PortReleaseOrigin getOrigin() {
        return origin;
    }

    /** How many attempts failed so far. */
    public int getAttempts() {
        return attempts;
    }

    public OffsetDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public OffsetDateTime getClaimedUntil() {
        return claimedUntil;
    }
}
