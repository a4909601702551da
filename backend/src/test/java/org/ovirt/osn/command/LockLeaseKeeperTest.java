package org.ovirt.osn.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.job.JobNode;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class LockLeaseKeeperTest {

    private static final JobNode NODE = new JobNode("node-a", "run-2");

    @Mock
    private LockLeases leases;
    @Mock
    private AuditLogger auditLogger;

    @Test
    void shouldAuditOnceHowManyLocksAnEarlierRunLeft() {
        when(leases.releaseEarlierRuns()).thenReturn(3);

        assertEquals(3, LockLeaseKeeper.freeLeftByEarlierRuns(leases, NODE, auditLogger));

        verify(auditLogger).log(AuditLogType.LOCKS_FREED_AT_START, Map.of("Count", "3", "NodeId", "node-a"), null);
    }

    @Test
    void shouldAuditNothingWhenTheEarlierRunLeftNoLock() {
        when(leases.releaseEarlierRuns()).thenReturn(0);

        LockLeaseKeeper.freeLeftByEarlierRuns(leases, NODE, auditLogger);

        verify(auditLogger, never()).log(any(), any(), any());
    }

    @Test
    void shouldKeepTheDeploymentGoingWhenTheDatabaseFailsTheCleanUp() {
        when(leases.releaseEarlierRuns()).thenThrow(new IllegalStateException("database down"));

        assertEquals(0, LockLeaseKeeper.freeLeftByEarlierRuns(leases, NODE, auditLogger));
    }

    @Test
    void shouldSurviveAFailedRenewalSoThatTheNextTurnRuns() {
        when(leases.renewHeld(Duration.ofSeconds(20))).thenThrow(new IllegalStateException("database down"));

        assertDoesNotThrow(() -> LockLeaseKeeper.renew(leases, Duration.ofSeconds(20)));
    }
}
