package org.ovirt.osn.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.command.Transactions;
import org.ovirt.osn.dal.job.JobDao;

import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class JobRecoveryTest {

    private static final JobNode NODE = new JobNode("node-1", "run-2");

    @Mock
    private JobDao jobs;
    @Mock
    private Transactions transactions;
    @Mock
    private AuditLogger auditLogger;

    private void transactionsRunTheWork() {
        when(transactions.inTransaction(any())).thenAnswer(a -> ((Supplier<?>) a.getArgument(0)).get());
    }

    @Test
    void shouldAbortOnlyThisNodesJobsOfEarlierRunsAndAuditWhenSomeWereLeft() {
        transactionsRunTheWork();
        when(jobs.abortLeftByEarlierRun(eq("node-1"), eq("run-2"), any())).thenReturn(2);

        assertEquals(2, JobRecovery.abort(jobs, NODE, transactions, auditLogger));

        verify(auditLogger).log(AuditLogType.JOBS_ABORTED_AT_START, Map.of("Count", "2", "NodeId", "node-1"), null);
    }

    @Test
    void shouldNotAuditWhenNoJobWasLeft() {
        transactionsRunTheWork();
        when(jobs.abortLeftByEarlierRun(eq("node-1"), eq("run-2"), any())).thenReturn(0);

        assertEquals(0, JobRecovery.abort(jobs, NODE, transactions, auditLogger));

        verify(auditLogger, never()).log(any(), any(), any());
    }

    @Test
    void shouldNotStopTheDeploymentWhenTheDatabaseFails() {
        when(transactions.inTransaction(any())).thenThrow(new IllegalStateException("no database"));

        assertEquals(0, JobRecovery.abort(jobs, NODE, transactions, auditLogger));
    }
}
