package org.ovirt.osn.provisioning.release;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.dal.release.PortReleaseDao;
import org.ovirt.osn.dal.release.PortReleaseEntity;
import org.ovirt.osn.dal.release.PortReleaseOrigin;
import org.ovirt.osn.provisioning.PortRelease;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class JtaPortReleaseQueueTest {

    @Mock
    private PortReleaseDao dao;
    @Mock
    private PortReleaseWorker worker;
    @Mock
    private TransactionSynchronizationRegistry transactions;

    private final List<Runnable> submitted = new ArrayList<>();
    private final PortRelease release = new PortRelease(UUID.randomUUID(), "p-1", UUID.randomUUID(), "nic1", "vm1");

    private JtaPortReleaseQueue queue(Executor executor) {
        return new JtaPortReleaseQueue(dao, worker, transactions, executor, ReleaseFixtures.CLOCK);
    }

    private Synchronization enqueuedInActiveTransaction(JtaPortReleaseQueue queue) {
        when(transactions.getTransactionStatus()).thenReturn(Status.STATUS_ACTIVE);
        queue.enqueue(release);
        ArgumentCaptor<Synchronization> synchronization = ArgumentCaptor.forClass(Synchronization.class);
        verify(transactions).registerInterposedSynchronization(synchronization.capture());
        return synchronization.getValue();
    }

    @Test
    void shouldFailLoudlyAndWriteNothingWhenNoTransactionIsActive() {
        when(transactions.getTransactionStatus()).thenReturn(Status.STATUS_NO_TRANSACTION);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> queue(submitted::add)
                .enqueue(release));

        assertTrue(e.getMessage().contains("active transaction"));
        verifyNoInteractions(dao);
    }

    @Test
    void shouldRefuseWhenTheTransactionIsAlreadyMarkedForRollback() {
        when(transactions.getTransactionStatus()).thenReturn(Status.STATUS_MARKED_ROLLBACK);

        assertThrows(IllegalStateException.class, () -> queue(submitted::add).enqueue(release));
        verifyNoInteractions(dao);
    }

    @Test
    void shouldWriteTheReleaseDueAtOnceInTheCallersTransaction() {
        enqueuedInActiveTransaction(queue(submitted::add));

        ArgumentCaptor<PortReleaseEntity> row = ArgumentCaptor.forClass(PortReleaseEntity.class);
        verify(dao).save(row.capture());
        assertEquals(release.providerId(), row.getValue().getProviderId());
        assertEquals("p-1", row.getValue().getPortId());
        assertEquals(release.vnicId(), row.getValue().getVnicId());
        assertEquals("nic1", row.getValue().getVnicName());
        assertEquals("vm1", row.getValue().getVmName());
        assertEquals(PortReleaseOrigin.ENGINE, row.getValue().getOrigin());
        assertEquals(ReleaseFixtures.now(), row.getValue().getNextAttemptAt());
        assertEquals(0, row.getValue().getAttempts());
        assertNull(row.getValue().getClaimedBy());
        assertTrue(submitted.isEmpty(), "nothing is tried before the commit");
    }

    @Test
    void shouldAttemptTheReleaseOffTheCallersThreadRightAfterTheCommit() {
        Synchronization afterCommit = enqueuedInActiveTransaction(queue(submitted::add));
        ArgumentCaptor<PortReleaseEntity> row = ArgumentCaptor.forClass(PortReleaseEntity.class);
        verify(dao).save(row.capture());

        afterCommit.beforeCompletion();
        afterCommit.afterCompletion(Status.STATUS_COMMITTED);

        assertEquals(1, submitted.size());
        submitted.get(0).run();
        verify(worker).attempt(row.getValue().getId());
    }

    @Test
    void shouldAttemptNothingWhenTheTransactionRollsBack() {
        Synchronization afterCommit = enqueuedInActiveTransaction(queue(submitted::add));

        afterCommit.afterCompletion(Status.STATUS_ROLLEDBACK);

        assertTrue(submitted.isEmpty());
        verifyNoInteractions(worker);
    }

    @Test
    void shouldLeaveTheReleaseToThePollWhenTheExecutorRefusesTheTask() {
        Synchronization afterCommit = enqueuedInActiveTransaction(queue(task -> {
            throw new RejectedExecutionException("shutting down");
        }));

        afterCommit.afterCompletion(Status.STATUS_COMMITTED);

        verifyNoInteractions(worker);
        verify(dao).save(any());
    }
}
