package org.ovirt.osn.dal.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaJobDao implements JobDao {

    @PersistenceContext(unitName = "osn")
    private EntityManager em;

    protected JpaJobDao() {
        // for CDI
    }

    public JpaJobDao(EntityManager em) {
        this.em = em;
    }

    @Override
    public void save(JobEntity job) {
        em.persist(job);
        em.flush();
    }

    @Override
    public Optional<JobEntity> findById(UUID id) {
        return Optional.ofNullable(em.find(JobEntity.class, id));
    }

    @Override
    public List<JobEntity> findNewestFirst(int first, int max) {
        return em.createNamedQuery(JobEntity.FIND_NEWEST_FIRST, JobEntity.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public void saveStep(JobStepEntity step) {
        em.persist(step);
        em.flush();
    }

    @Override
    public Optional<JobStepEntity> findStep(UUID stepId) {
        return Optional.ofNullable(em.find(JobStepEntity.class, stepId));
    }

    @Override
    public List<JobStepEntity> findSteps(UUID jobId) {
        return em.createNamedQuery(JobStepEntity.FIND_BY_JOB, JobStepEntity.class)
                .setParameter("jobId", jobId)
                .getResultList();
    }

    @Override
    public int abortLeftByEarlierRun(String nodeId, String bootId, OffsetDateTime now) {
        int jobs = em.createNamedQuery(JobEntity.ABORT_LEFT_BY_EARLIER_RUN)
                .setParameter("aborted", JobStatus.ABORTED)
                .setParameter("now", now)
                .setParameter("started", JobStatus.STARTED)
                .setParameter("nodeId", nodeId)
                .setParameter("bootId", bootId)
                .executeUpdate();
        if (jobs > 0) {
            em.createNamedQuery(JobStepEntity.ABORT_STARTED_OF_ABORTED_JOBS)
                    .setParameter("aborted", JobStatus.ABORTED)
                    .setParameter("now", now)
                    .setParameter("started", JobStatus.STARTED)
                    .executeUpdate();
        }
        return jobs;
    }
}
