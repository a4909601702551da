package org.ovirt.osn.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ovirt.osn.command.Transactions;
import org.ovirt.osn.dal.job.JobDao;
import org.ovirt.osn.dal.job.JobEntity;
import org.ovirt.osn.dal.job.JobStatus;
import org.ovirt.osn.dal.job.JobStepEntity;
import org.ovirt.osn.dal.job.StepType;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Records the progress of running jobs. Each call commits on its own (a job's thread has no transaction of its own),
 * so what a step did is visible while the job goes on, and a crash loses at most the outcome of the step running.
 */
@ApplicationScoped
public class JobTracker {

    private JobDao jobs;
    private Transactions transactions;
    private Clock clock;

    protected JobTracker() {
        // for CDI proxies
    }

    @Inject
    public JobTracker(JobDao jobs, Transactions transactions) {
        this(jobs, transactions, Clock.systemUTC());
    }

    public JobTracker(JobDao jobs, Transactions transactions, Clock clock) {
        this.jobs = jobs;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return the id of the new step */
    public UUID startStep(UUID jobId, int number, String description, String subject) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = now();
        transactions.inTransaction(() -> {
            jobs.saveStep(new JobStepEntity(id, jobId, number, StepType.EXECUTING, description, subject, now));
            jobs.findById(jobId).ifPresent(j -> j.touch(now));
            return null;
        });
        return id;
    }

    public void finishStep(UUID stepId, UUID result) {
        OffsetDateTime now = now();
        transactions.inTransaction(() -> {
            jobs.findStep(stepId).ifPresent(s -> s.finish(result, now));
            return null;
        });
    }

    /** @param why admin-readable; the caller makes sure it holds no secret */
    public void failStep(UUID stepId, String why) {
        OffsetDateTime now = now();
        transactions.inTransaction(() -> {
            jobs.findStep(stepId).ifPresent(s -> s.fail(why, now));
            return null;
        });
    }

    public void endJob(UUID jobId, JobStatus status) {
        OffsetDateTime now = now();
        transactions.inTransaction(() -> {
            jobs.findById(jobId).ifPresent(j -> j.end(status, now));
            return null;
        });
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
