package org.ovirt.osn.command.network;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.command.CommandContext;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.CommandRunner;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.dal.job.JobStatus;
import org.ovirt.osn.job.JobTracker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.command.network.NetworkFixtures.DC;
import static org.ovirt.osn.command.network.NetworkFixtures.PROVIDER_ID;

@ExtendWith(MockitoExtension.class)
class BulkNetworkImportTest {

    private static final UUID JOB = UUID.randomUUID();
    private static final CommandContext ADMIN = new CommandContext("admin@internal");
    private static final Executor SAME_THREAD = Runnable::run;

    @Mock
    private CommandRunner runner;
    @Mock
    private ImportExternalNetworksCommand startCommand;
    @Mock
    private ImportExternalNetworkCommand importCommand;
    @Mock
    private JobTracker tracker;
    @Mock
    private AuditLogger auditLogger;

    private BulkNetworkImport bulk(Executor executor) {
        return new BulkNetworkImport(executor, runner, startCommand, importCommand, tracker, auditLogger);
    }

    private static ImportExternalNetworksParameters params(String... ids) {
        return new ImportExternalNetworksParameters(JOB, PROVIDER_ID, DC.id(), List.of(ids), true, false,
                "admin@internal");
    }

    private void jobStarts(ImportExternalNetworksParameters parameters) {
        when(runner.run(startCommand, parameters, ADMIN)).thenReturn(JOB);
    }

    private UUID stepFor(String externalId, int number) {
        UUID step = UUID.randomUUID();
        when(tracker.startStep(eq(JOB), eq(number), anyString(), eq(externalId))).thenReturn(step);
        return step;
    }

    private void auditVariablesAreThoseOfTheJob(ImportExternalNetworksParameters parameters) {
        when(startCommand.auditVariables(parameters)).thenReturn(new HashMap<>(Map.of("JobId", JOB.toString(),
                "Count", String.valueOf(parameters.externalIds().size()))));
    }

    private static CommandFailedException nameInUse() {
        return new CommandFailedException(EngineMessage.ACTION_TYPE_FAILED_NETWORK_NAME_IN_USE_IN_DATA_CENTER,
                Map.of("Action", "import", "NetworkName", "blue", "DataCenterName", "Default"), null);
    }

    @Test
    void shouldRecordEachNetworkAsAStepAndFinishWithFailuresWhenOneOfThreeFails() {
        ImportExternalNetworksParameters parameters = params("a", "b", "c");
        jobStarts(parameters);
        auditVariablesAreThoseOfTheJob(parameters);
        UUID stepA = stepFor("a", 1);
        UUID stepB = stepFor("b", 2);
        UUID stepC = stepFor("c", 3);
        UUID networkA = UUID.randomUUID();
        UUID networkC = UUID.randomUUID();
        when(runner.run(importCommand, parameters.single(0), ADMIN)).thenReturn(networkA);
        when(runner.run(importCommand, parameters.single(1), ADMIN)).thenThrow(nameInUse());
        when(runner.run(importCommand, parameters.single(2), ADMIN)).thenReturn(networkC);

        UUID job = bulk(SAME_THREAD).start(parameters, ADMIN);

        assertEquals(JOB, job);
        verify(tracker).finishStep(stepA, networkA);
        verify(tracker).failStep(stepB, nameInUse().getMessage());
        verify(tracker).finishStep(stepC, networkC);
        verify(tracker).endJob(JOB, JobStatus.FINISHED);
        ArgumentCaptor<Map<String, String>> variables = ArgumentCaptor.captor();
        verify(auditLogger).log(eq(AuditLogType.NETWORKS_BULK_IMPORT_FINISHED_WITH_FAILURES), variables.capture(),
                eq(PROVIDER_ID));
        assertEquals("2", variables.getValue().get("Imported"));
        assertEquals("1", variables.getValue().get("Failed"));
        assertEquals("3", variables.getValue().get("Count"));
        assertEquals("admin@internal", variables.getValue().get("UserName"));
    }

    @Test
    void shouldFinishAndAuditFinishedWhenEveryNetworkIsImported() {
        ImportExternalNetworksParameters parameters = params("a");
        jobStarts(parameters);
        auditVariablesAreThoseOfTheJob(parameters);
        UUID step = stepFor("a", 1);
        UUID network = UUID.randomUUID();
        when(runner.run(importCommand, parameters.single(0), ADMIN)).thenReturn(network);

        bulk(SAME_THREAD).start(parameters, ADMIN);

        verify(tracker).finishStep(step, network);
        verify(tracker).endJob(JOB, JobStatus.FINISHED);
        verify(auditLogger).log(eq(AuditLogType.NETWORKS_BULK_IMPORT_FINISHED), any(), eq(PROVIDER_ID));
    }

    @Test
    void shouldFailTheJobWhenNoNetworkCouldBeImported() {
        ImportExternalNetworksParameters parameters = params("a", "b");
        jobStarts(parameters);
        auditVariablesAreThoseOfTheJob(parameters);
        UUID stepA = stepFor("a", 1);
        UUID stepB = stepFor("b", 2);
        when(runner.run(importCommand, parameters.single(0), ADMIN)).thenThrow(nameInUse());
        when(runner.run(importCommand, parameters.single(1), ADMIN)).thenThrow(new IllegalStateException("boom"));

        bulk(SAME_THREAD).start(parameters, ADMIN);

        verify(tracker).failStep(stepA, nameInUse().getMessage());
        verify(tracker).failStep(stepB, "internal error (IllegalStateException), see the server log");
        verify(tracker).endJob(JOB, JobStatus.FAILED);
        verify(auditLogger).log(eq(AuditLogType.NETWORKS_BULK_IMPORT_FAILED), any(), eq(PROVIDER_ID));
    }

    @Test
    void shouldStartNoJobWhenValidationRefuses() {
        ImportExternalNetworksParameters parameters = params();
        CommandFailedException refused = new CommandFailedException(
                EngineMessage.VALIDATION_BULK_IMPORT_NETWORKS_REQUIRED, Map.of(), null);
        when(runner.run(startCommand, parameters, ADMIN)).thenThrow(refused);
        Executor neverUsed = r -> {
            throw new AssertionError("no job may run");
        };

        CommandFailedException e = assertThrows(CommandFailedException.class,
                () -> bulk(neverUsed).start(parameters, ADMIN));

        assertEquals(EngineMessage.VALIDATION_BULK_IMPORT_NETWORKS_REQUIRED, e.engineMessage());
        verify(tracker, never()).startStep(any(), anyInt(), any(), any());
    }

    @Test
    void shouldFailTheJobWhenTheExecutorRefusesIt() {
        ImportExternalNetworksParameters parameters = params("a");
        jobStarts(parameters);
        Executor full = r -> {
            throw new RejectedExecutionException("full");
        };

        assertThrows(RejectedExecutionException.class, () -> bulk(full).start(parameters, ADMIN));

        verify(tracker).endJob(JOB, JobStatus.FAILED);
    }

    @Test
    void shouldEndTheJobFailedWhenProgressCannotBeRecorded() {
        ImportExternalNetworksParameters parameters = params("a", "b");
        jobStarts(parameters);
        when(tracker.startStep(eq(JOB), eq(1), anyString(), eq("a")))
                .thenThrow(new IllegalStateException("database gone"));

        bulk(SAME_THREAD).start(parameters, ADMIN);

        verify(tracker).endJob(JOB, JobStatus.FAILED);
        verify(runner, never()).run(importCommand, parameters.single(0), ADMIN);
    }
}
