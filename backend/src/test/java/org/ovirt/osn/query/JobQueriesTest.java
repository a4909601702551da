package org.ovirt.osn.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.dal.job.JobDao;
import org.ovirt.osn.dal.job.JobEntity;
import org.ovirt.osn.dal.job.JobStepEntity;
import org.ovirt.osn.dal.job.StepType;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class JobQueriesTest {

    private static final OffsetDateTime START = OffsetDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final JobEntity JOB = new JobEntity(UUID.randomUUID(), "Importing 2 networks", "admin@internal",
            "node-1", "run-1", START);

    @Mock
    private JobDao jobs;

    @Test
    void shouldShowStatusAndTypeInLowerCaseWhenListingSteps() {
        JobStepEntity failed = new JobStepEntity(UUID.randomUUID(), JOB.getId(), 1, StepType.EXECUTING,
                "Importing provider network a", "a", START);
        failed.fail("Cannot import network. The name blue is in use.", START.plusSeconds(1));
        when(jobs.findById(JOB.getId())).thenReturn(Optional.of(JOB));
        when(jobs.findSteps(JOB.getId())).thenReturn(List.of(failed));

        List<JobStep> steps = new JobQueries(jobs).steps(JOB.getId());

        assertEquals(List.of(new JobStep(failed.getId(), JOB.getId(), 1, "executing", "Importing provider network a",
                "failed", "a", null, "Cannot import network. The name blue is in use.", START,
                START.plusSeconds(1))), steps);
    }

    @Test
    void shouldFailWithJobDoesntExistWhenJobIsUnknown() {
        UUID unknown = UUID.randomUUID();
        when(jobs.findById(unknown)).thenReturn(Optional.empty());

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> new JobQueries(jobs).steps(unknown));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_JOB_DOESNT_EXIST, e.engineMessage());
    }

    @Test
    void shouldFailWithStepDoesntExistWhenStepBelongsToAnotherJob() {
        JobStepEntity ofOther = new JobStepEntity(UUID.randomUUID(), UUID.randomUUID(), 1, StepType.EXECUTING,
                "x", "x", START);
        when(jobs.findById(JOB.getId())).thenReturn(Optional.of(JOB));
        when(jobs.findStep(ofOther.getId())).thenReturn(Optional.of(ofOther));

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> new JobQueries(jobs).step(JOB.getId(), ofOther.getId()));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_JOB_STEP_DOESNT_EXIST, e.engineMessage());
    }

    @Test
    void shouldShowAStartedJobWithoutEndTimeWhenItRuns() {
        when(jobs.findById(JOB.getId())).thenReturn(Optional.of(JOB));

        assertEquals(new Job(JOB.getId(), "Importing 2 networks", "started", "admin@internal", START, null, START),
                new JobQueries(jobs).job(JOB.getId()));
    }
}
