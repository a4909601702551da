package org.ovirt.osn.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The no-wait lock the periodic sync uses: one attempt, and a held lock means "skip", not "wait". */
@ExtendWith(MockitoExtension.class)
class ProviderLockingTryLockTest {

    private static final UUID PROVIDER = UUID.fromString("7d1c6f0a-2b3e-4c5d-8e9f-0a1b2c3d4e5f");
    private static final String KEY = "provider:" + PROVIDER;
    private static final Duration TTL = Duration.ofMinutes(10);

    @Mock
    private LockLeases leases;

    private ProviderLocking locking() {
        return new ProviderLocking(leases, Duration.ofSeconds(30), TTL, "node-a");
    }

    @Test
    void shouldHoldAndReleaseTheLeaseWhenItIsFree() {
        ArgumentCaptor<String> owner = ArgumentCaptor.forClass(String.class);
        when(leases.tryAcquire(eq(KEY), owner.capture(), eq(TTL))).thenReturn(true);

        Optional<ProviderLocking.Held> held = locking().tryLock(PROVIDER);
        assertTrue(held.isPresent());
        held.get().close();

        verify(leases).release(KEY, owner.getValue());
    }

    @Test
    void shouldGiveUpAtOnceWhenAnotherNodeHoldsTheProvider() {
        when(leases.tryAcquire(eq(KEY), anyString(), eq(TTL))).thenReturn(false);

        assertTrue(locking().tryLock(PROVIDER).isEmpty());

        verify(leases, times(1)).tryAcquire(eq(KEY), anyString(), eq(TTL));
    }

    @Test
    void shouldGiveUpWhenTheInsertRaceIsLost() {
        when(leases.tryAcquire(eq(KEY), anyString(), eq(TTL))).thenThrow(new IllegalStateException("duplicate key"));

        assertTrue(locking().tryLock(PROVIDER).isEmpty());
    }
}
