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

/**
 * One step of a job. {@code subject} is what the step works on (for a bulk import the provider's network id),
 * {@code resultId} what it produced (the new engine network), {@code message} why it failed.
 */
@Entity
@Table(name = "osn_job_step")
@NamedQuery(name = JobStepEntity.FIND_BY_JOB,
        query = "SELECT s FROM JobStepEntity s WHERE s.jobId = :jobId ORDER BY s.number")
@NamedQuery(name = JobStepEntity.ABORT_STARTED_OF_ABORTED_JOBS,
        query = "UPDATE JobStepEntity s SET s.status = :aborted, s.endTime = :now"
                + " WHERE s.status = :started AND s.jobId IN"
                + " (SELECT j.id FROM JobEntity j WHERE j.status = :aborted)")
public class JobStepEntity {

    public static final String FIND_BY_JOB = "JobStep.findByJob";
    public static final String ABORT_STARTED_OF_ABORTED_JOBS = "JobStep.abortStartedOfAbortedJobs";

    @Id
    private UUID id;

    @Column(name = "job_id", nullable = false)
    private UUID jobId;

    @Column(name = "step_number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "step_type", nullable = false, length = 16)
    private StepType type;

    @Column(nullable = false, length = 1000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private JobStatus status;

    @Column
    private String subject;

    @Column(name = "result_id")
    private UUID resultId;

    @Column(length = 4000)
    private String message;

    @Column(name = "start_time", nullable = false)
    private OffsetDateTime startTime;

    @Column(name = "end_time")
    private OffsetDateTime endTime;

    protected JobStepEntity() {
        // for JPA
    }

    /** A step that starts now. */
    public JobStepEntity(UUID id, UUID jobId, int number, StepType type, String description, String subject,
                         OffsetDateTime startTime) {
        this.id = id;
        this.jobId = jobId;
        this.number = number;
        this.type = type;
        this.description = description;
        this.status = JobStatus.STARTED;
        this.subject = subject;
        this.startTime = startTime;
    }

    public void finish(UUID result, OffsetDateTime at) {
        this.status = JobStatus.FINISHED;
        this.resultId = result;
        this.endTime = at;
    }

    /** @param why an admin-readable reason, cut to the column's length */
    public void fail(String why, OffsetDateTime at) {
        this.status = JobStatus.FAILED;
        this.message = why == null || why.length() <= 4000 ? why : why.substring(0, 3997) + "...";
        this.endTime = at;
    }

    public UUID getId() {
        return id;
    }

    public UUID getJobId() {
        return jobId;
    }

    public int getNumber() {
        return number;
    }

    public StepType getType() {
        return type;
    }

    public String getDescription() {
        return description;
    }

    public JobStatus getStatus() {
        return status;
    }

    public String getSubject() {
        return subject;
    }

    public UUID getResultId() {
        return resultId;
    }

    public String getMessage() {
        return message;
    }

    public OffsetDateTime getStartTime() {
        return startTime;
    }

    public OffsetDateTime getEndTime() {
        return endTime;
    }
}
