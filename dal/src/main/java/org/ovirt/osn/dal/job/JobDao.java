package org.ovirt.osn.dal.job;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes jobs and their steps. Callers run inside a transaction; the DAO neither opens one nor commits.
 * What {@code find*} returns is managed by the caller's persistence context: changing it inside the transaction
 * changes the row.
 */
public interface JobDao {

    /** Stores a new job and flushes. */
    void save(JobEntity job);

    Optional<JobEntity> findById(UUID id);

    /**
     * @param first index of the first job to return (0 = the one started last)
     * @param max   how many jobs at most
     */
    List<JobEntity> findNewestFirst(int first, int max);

    /** Stores a new step and flushes, so a second step with the same number fails here. */
    void saveStep(JobStepEntity step);

    Optional<JobStepEntity> findStep(UUID stepId);

    /** The steps of a job by number. */
    List<JobStepEntity> findSteps(UUID jobId);

    /**
     * Marks as aborted the jobs still started on node {@code nodeId} in a JVM run other than {@code bootId}, and
     * their started steps. Jobs of other nodes are left alone: they may be running now.
     *
     * @return how many jobs were aborted
     */
    int abortLeftByEarlierRun(String nodeId, String bootId, OffsetDateTime now);
}
