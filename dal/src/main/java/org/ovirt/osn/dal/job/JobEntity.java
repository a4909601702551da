package org.ovirt.osn.dal.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One job: what it does, who started it, where it runs and how it ended. */
@Entity
@Table(name = "osn_job")
@NamedQuery(name = JobEntity.FIND_NEWEST_FIRST,
        query = "SELECT j FROM JobEntity j ORDER BY j.startTime DESC, j.id")
@NamedQuery(name = JobEntity.ABORT_LEFT_BY_EARLIER_RUN,
        query = "UPDATE JobEntity j SET j.status = :aborted, j.endTime = :now, j.lastUpdated = :now"
                + " WHERE j.status = :started AND j.nodeId = :nodeId AND j.bootId <> :bootId")
public class JobEntity {

    public static final String FIND_NEWEST_FIRST = "Job.findNewestFirst";
    public static final String ABORT_LEFT_BY_EARLIER_RUN = "Job.abortLeftByEarlierRun";

    @Id
    private UUID id;

    @Column(nullable = false, length = 1000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private JobStatus status;

    @Column(name = "owner_name", nullable = false)
    private String ownerName;

    @Column(name = "node_id", nullable = false, length = 200)
    private String nodeId;

    @Column(name = "boot_id", nullable = false, length = 64)
    private String bootId;

    @Column(name = "start_time", nullable = false)
    private OffsetDateTime startTime;

    @Column(name = "end_time")
    private OffsetDateTime endTime;

    @Column(name = "last_updated", nullable = false)
    private OffsetDateTime lastUpdated;

    protected JobEntity() {
        // for JPA
    }

    /** A new job, started now by {@code ownerName} on node {@code nodeId} in its JVM run {@code bootId}. */
    public JobEntity(UUID id, String description, String ownerName, String nodeId, String bootId,
                     OffsetDateTime startTime) {
        this.id = id;
        this.description = description;
        this.status = JobStatus.STARTED;
        this.ownerName = ownerName;
        this.nodeId = nodeId;
        this.bootId = bootId;
        this.startTime = startTime;
        this.lastUpdated = startTime;
    }

    /** Ends the job with {@code status}; a job ends once. */
    public void end(JobStatus endStatus, OffsetDateTime at) {
        this.status = endStatus;
        this.endTime = at;
        this.lastUpdated = at;
    }

    public void touch(OffsetDateTime at) {
        this.lastUpdated = at;
    }

    public UUID getId() {
        return id;
    }

    public String getDescription() {
        return description;
    }

    public JobStatus getStatus() {
        return status;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public String getNodeId() {
        return nodeId;
    }

    public String getBootId() {
        return bootId;
    }

    public OffsetDateTime getStartTime() {
        return startTime;
    }

    public OffsetDateTime getEndTime() {
        return endTime;
    }

    public OffsetDateTime getLastUpdated() {
        return lastUpdated;
    }
}
