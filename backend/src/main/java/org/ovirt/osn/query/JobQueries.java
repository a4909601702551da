package org.ovirt.osn.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.dal.job.JobDao;
import org.ovirt.osn.dal.job.JobEntity;
import org.ovirt.osn.dal.job.JobStepEntity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Jobs and their steps, for the REST layer (read only). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JobQueries {

    private JobDao jobs;

    protected JobQueries() {
        // for CDI proxies
    }

    @Inject
    public JobQueries(JobDao jobs) {
        this.jobs = jobs;
    }

    /** Newest first; {@code first} = 0 is the one started last. */
    public List<Job> jobs(int first, int max) {
        return jobs.findNewestFirst(first, max).stream().map(JobQueries::toJob).toList();
    }

    /** @throws CommandFailedException NOT_FOUND for an unknown job */
    public Job job(UUID id) {
        return jobs.findById(id).map(JobQueries::toJob).orElseThrow(() -> unknownJob(id));
    }

    /** @throws CommandFailedException NOT_FOUND for an unknown job */
    public List<JobStep> steps(UUID jobId) {
        job(jobId);
        return jobs.findSteps(jobId).stream().map(JobQueries::toStep).toList();
    }

    /** @throws CommandFailedException NOT_FOUND for an unknown job or a step of another job */
    public JobStep step(UUID jobId, UUID stepId) {
        job(jobId);
        return jobs.findStep(stepId).filter(s -> s.getJobId().equals(jobId)).map(JobQueries::toStep)
                .orElseThrow(() -> new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_JOB_STEP_DOESNT_EXIST,
                        Map.of("Action", "get", "JobId", jobId.toString(), "StepId", stepId.toString()), null));
    }

    private static CommandFailedException unknownJob(UUID id) {
        return new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_JOB_DOESNT_EXIST,
                Map.of("Action", "get", "JobId", String.valueOf(id)), null);
    }

    private static Job toJob(JobEntity e) {
        return new Job(e.getId(), e.getDescription(), lower(e.getStatus()), e.getOwnerName(), e.getStartTime(),
                e.getEndTime(), e.getLastUpdated());
    }

    private static JobStep toStep(JobStepEntity e) {
        return new JobStep(e.getId(), e.getJobId(), e.getNumber(), lower(e.getType()), e.getDescription(),
                lower(e.getStatus()), e.getSubject(), e.getResultId(), e.getMessage(), e.getStartTime(),
                e.getEndTime());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
