package org.ovirt.osn.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.Transactions;
import org.ovirt.osn.dal.job.JobDao;
import org.ovirt.osn.dal.job.JobEntity;
import org.ovirt.osn.dal.job.JobStatus;
import org.ovirt.osn.dal.job.JobStepEntity;
import org.ovirt.osn.dal.job.StepType;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class JobTrackerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:05Z"), ZoneOffset.UTC);
    private static final OffsetDateTime START = OffsetDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneOffset.UTC);

    @Mock
    private JobDao jobs;
    @Mock
    private Transactions transactions;

    private JobTracker tracker() {
        when(transactions.inTransaction(any())).thenAnswer(a -> ((Supplier<?>) a.getArgument(0)).get());
        return new JobTracker(jobs, transactions, CLOCK);
    }

    @Test
    void shouldSaveAStartedExecutingStepAndTouchTheJobInItsOwnTransactionWhenAStepStarts() {
        JobEntity job = new JobEntity(UUID.randomUUID(), "d", "admin", "n", "r", START);
        when(jobs.findById(job.getId())).thenReturn(Optional.of(job));

        UUID id = tracker().startStep(job.getId(), 2, "Importing provider network b", "b");

        ArgumentCaptor<JobStepEntity> saved = ArgumentCaptor.forClass(JobStepEntity.class);
        verify(jobs).saveStep(saved.capture());
        verify(transactions, times(1)).inTransaction(any());
        assertEquals(id, saved.getValue().getId());
        assertEquals(2, saved.getValue().getNumber());
        assertEquals(StepType.EXECUTING, saved.getValue().getType());
        assertEquals(JobStatus.STARTED, saved.getValue().getStatus());
        assertEquals(CLOCK.instant(), job.getLastUpdated().toInstant());
    }

    @Test
    void shouldRecordTheReasonWhenAStepFails() {
        JobStepEntity step = new JobStepEntity(UUID.randomUUID(), UUID.randomUUID(), 1, StepType.EXECUTING, "d",
                "a", START);
        when(jobs.findStep(step.getId())).thenReturn(Optional.of(step));

        tracker().failStep(step.getId(), "Cannot import network.");

        assertEquals(JobStatus.FAILED, step.getStatus());
        assertEquals("Cannot import network.", step.getMessage());
        assertEquals(CLOCK.instant(), step.getEndTime().toInstant());
    }

    @Test
    void shouldEndTheJobWithTheGivenStatus() {
        JobEntity job = new JobEntity(UUID.randomUUID(), "d", "admin", "n", "r", START);
        when(jobs.findById(job.getId())).thenReturn(Optional.of(job));

        tracker().endJob(job.getId(), JobStatus.FINISHED);

        assertEquals(JobStatus.FINISHED, job.getStatus());
        assertEquals(CLOCK.instant(), job.getEndTime().toInstant());
    }
}
