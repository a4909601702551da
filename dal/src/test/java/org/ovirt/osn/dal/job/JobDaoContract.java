package org.ovirt.osn.dal.job;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.dal.testing.TestDatabase;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ovirt.osn.dal.testing.ConstraintAssertions.assertViolates;

/** What every database must do for {@link JpaJobDao}; subclasses pick the database. */
abstract class JobDaoContract {

    private final TestDatabase db;

    JobDaoContract(TestDatabase db) {
        this.db = db;
    }

    @AfterAll
    void dropDatabase() {
        db.close();
    }

    private static OffsetDateTime now() {
        // databases keep microseconds at most
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    private JobEntity job(String node, String boot, OffsetDateTime start) {
        JobEntity job = new JobEntity(UUID.randomUUID(), "Importing networks", "admin@internal", node, boot, start);
        db.run(em -> new JpaJobDao(em).save(job));
        return job;
    }

    private JobStepEntity step(UUID jobId, int number) {
        JobStepEntity step = new JobStepEntity(UUID.randomUUID(), jobId, number, StepType.EXECUTING,
                "Importing network n" + number, "ext-" + number, now());
        db.run(em -> new JpaJobDao(em).saveStep(step));
        return step;
    }

    @Test
    void shouldReadBackEveryFieldOfASavedJob() {
        OffsetDateTime start = now();
        JobEntity saved = job("node-a", "boot-1", start);

        JobEntity read = db.query(em -> new JpaJobDao(em).findById(saved.getId())).orElseThrow();

        assertEquals("Importing networks", read.getDescription());
        assertEquals(JobStatus.STARTED, read.getStatus());
        assertEquals("admin@internal", read.getOwnerName());
        assertEquals("node-a", read.getNodeId());
        assertEquals("boot-1", read.getBootId());
        assertEquals(start.toInstant(), read.getStartTime().toInstant());
        assertNull(read.getEndTime());
    }

    @Test
    void shouldPersistTheEndOfAJobChangedInsideATransaction() {
        JobEntity saved = job("node-a", "boot-1", now());
        OffsetDateTime end = now();

        db.run(em -> new JpaJobDao(em).findById(saved.getId()).orElseThrow().end(JobStatus.FINISHED, end));

        JobEntity read = db.query(em -> new JpaJobDao(em).findById(saved.getId())).orElseThrow();
        assertEquals(JobStatus.FINISHED, read.getStatus());
        assertEquals(end.toInstant(), read.getEndTime().toInstant());
    }

    @Test
    void shouldListStepsByNumberWithTheirOutcome() {
        JobEntity saved = job("node-a", "boot-1", now());
        JobStepEntity second = step(saved.getId(), 2);
        JobStepEntity first = step(saved.getId(), 1);
        UUID network = UUID.randomUUID();
        db.run(em -> {
            JpaJobDao dao = new JpaJobDao(em);
            dao.findStep(first.getId()).orElseThrow().finish(network, now());
            dao.findStep(second.getId()).orElseThrow().fail("Cannot import: name in use", now());
        });

        List<JobStepEntity> read = db.query(em -> new JpaJobDao(em).findSteps(saved.getId()));

        assertEquals(List.of(1, 2), read.stream().map(JobStepEntity::getNumber).toList());
        assertEquals(JobStatus.FINISHED, read.get(0).getStatus());
        assertEquals(network, read.get(0).getResultId());
        assertEquals("ext-1", read.get(0).getSubject());
        assertEquals(StepType.EXECUTING, read.get(0).getType());
        assertEquals(JobStatus.FAILED, read.get(1).getStatus());
        assertEquals("Cannot import: name in use", read.get(1).getMessage());
        assertNotNull(read.get(1).getEndTime());
    }

    @Test
    void shouldRefuseASecondStepWithTheSameNumber() {
        JobEntity saved = job("node-a", "boot-1", now());
        step(saved.getId(), 1);

        assertViolates("uq_osn_job_step_number", () -> step(saved.getId(), 1));
    }

    @Test
    void shouldRemoveTheStepsWithTheirJob() {
        JobEntity saved = job("node-a", "boot-1", now());
        step(saved.getId(), 1);

        db.run(em -> em.createNativeQuery("DELETE FROM osn_job WHERE id = ?1").setParameter(1, saved.getId())
                .executeUpdate());

        assertTrue(db.query(em -> new JpaJobDao(em).findSteps(saved.getId())).isEmpty());
    }

    @Test
    void shouldListNewestFirstAndPage() {
        OffsetDateTime base = now().plusYears(50);
        JobEntity older = job("node-a", "boot-1", base);
        JobEntity newer = job("node-a", "boot-1", base.plusSeconds(1));

        List<JobEntity> firstTwo = db.query(em -> new JpaJobDao(em).findNewestFirst(0, 2));
        List<JobEntity> second = db.query(em -> new JpaJobDao(em).findNewestFirst(1, 1));

        assertEquals(List.of(newer.getId(), older.getId()), firstTwo.stream().map(JobEntity::getId).toList());
        assertEquals(older.getId(), second.get(0).getId());
    }

    @Test
    void shouldAbortOnlyStartedJobsOfThisNodeFromAnEarlierRun() {
        String node = "node-" + UUID.randomUUID();
        String other = "other-" + UUID.randomUUID();
        JobEntity leftByEarlierRun = job(node, "boot-old", now());
        JobStepEntity running = step(leftByEarlierRun.getId(), 1);
        JobStepEntity done = step(leftByEarlierRun.getId(), 2);
        db.run(em -> new JpaJobDao(em).findStep(done.getId()).orElseThrow().finish(null, now()));
        JobEntity ofThisRun = job(node, "boot-new", now());
        JobEntity ofOtherNode = job(other, "boot-old", now());
        JobEntity finished = job(node, "boot-old", now());
        db.run(em -> new JpaJobDao(em).findById(finished.getId()).orElseThrow().end(JobStatus.FINISHED, now()));

        int aborted = db.query(em -> new JpaJobDao(em).abortLeftByEarlierRun(node, "boot-new", now()));

        assertEquals(1, aborted);
        assertEquals(JobStatus.ABORTED, status(leftByEarlierRun));
        assertNotNull(db.query(em -> new JpaJobDao(em).findById(leftByEarlierRun.getId())).orElseThrow()
                .getEndTime());
        assertEquals(JobStatus.STARTED, status(ofThisRun));
        assertEquals(JobStatus.STARTED, status(ofOtherNode));
        assertEquals(JobStatus.FINISHED, status(finished));
        List<JobStepEntity> steps = db.query(em -> new JpaJobDao(em).findSteps(leftByEarlierRun.getId()));
        assertEquals(running.getId(), steps.get(0).getId());
        assertEquals(JobStatus.ABORTED, steps.get(0).getStatus());
        assertEquals(JobStatus.FINISHED, steps.get(1).getStatus());
    }

    private JobStatus status(JobEntity job) {
        return db.query(em -> new JpaJobDao(em).findById(job.getId())).orElseThrow().getStatus();
    }
}
