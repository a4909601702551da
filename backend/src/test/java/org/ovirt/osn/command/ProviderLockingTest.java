package org.ovirt.osn.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.config.OsnConfiguration;
import org.ovirt.osn.job.JobNode;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class ProviderLockingTest {

    private static final UUID PROVIDER = UUID.fromString("7d1c6f0a-2b3e-4c5d-8e9f-0a1b2c3d4e5f");
    private static final String KEY = "provider:" + PROVIDER;
    private static final Duration TTL = Duration.ofMinutes(10);

    @Mock
    private LockLeases leases;

    private ProviderLocking locking(Duration wait) {
        return new ProviderLocking(leases, wait, TTL, "node-a");
    }

    @Test
    void shouldReleaseTheLeaseItTookWhenClosed() {
        ArgumentCaptor<String> owner = ArgumentCaptor.forClass(String.class);
        when(leases.tryAcquire(eq(KEY), owner.capture(), eq(TTL))).thenReturn(true);

        try (ProviderLocking.Held ignored = locking(Duration.ofSeconds(1)).lock(PROVIDER)) {
            assertTrue(owner.getValue().startsWith("node-a/"));
        }

        verify(leases).release(KEY, owner.getValue());
    }

    @Test
    void shouldWaitAndRetryWhileAnotherCommandHoldsTheProvider() {
        when(leases.tryAcquire(eq(KEY), anyString(), eq(TTL))).thenReturn(false, false, true);

        locking(Duration.ofSeconds(5)).lock(PROVIDER).close();

        verify(leases, times(3)).tryAcquire(eq(KEY), anyString(), eq(TTL));
    }

    @Test
    void shouldTryAgainWhenTheDatabaseFailsAnAttempt() {
        when(leases.tryAcquire(eq(KEY), anyString(), eq(TTL)))
                .thenThrow(new IllegalStateException("lock timeout"))
                .thenReturn(true);

        locking(Duration.ofSeconds(5)).lock(PROVIDER).close();

        verify(leases, times(2)).tryAcquire(eq(KEY), anyString(), eq(TTL));
    }

    @Test
    void shouldFailNamingTheHolderWhenTheWaitRunsOut() {
        when(leases.tryAcquire(eq(KEY), anyString(), eq(TTL))).thenReturn(false);
        when(leases.holder(KEY)).thenReturn("node-b/import");

        CommandFailedException failure = assertThrows(CommandFailedException.class,
                () -> locking(Duration.ofMillis(100)).lock(PROVIDER));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_LOCKED, failure.engineMessage());
        assertEquals("node-b/import", failure.variables().get("Holder"));
        assertEquals(PROVIDER.toString(), failure.variables().get("ProviderId"));
    }

    @Test
    void shouldLockAVmUnderItsOwnKeyAndNameItWhenTheWaitRunsOut() {
        UUID vm = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
        when(leases.tryAcquire(eq("vm:" + vm), anyString(), eq(TTL))).thenReturn(false);
        when(leases.holder("vm:" + vm)).thenReturn("node-b/start");

        CommandFailedException failure = assertThrows(CommandFailedException.class,
                () -> locking(Duration.ofMillis(100)).lockVm(vm));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_VM_LOCKED, failure.engineMessage());
        assertEquals("node-b/start", failure.variables().get("Holder"));
        assertEquals(vm.toString(), failure.variables().get("VmId"));
    }

    @Test
    void shouldReleaseAVmLeaseItTookWhenClosed() {
        UUID vm = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
        ArgumentCaptor<String> owner = ArgumentCaptor.forClass(String.class);
        when(leases.tryAcquire(eq("vm:" + vm), owner.capture(), eq(TTL))).thenReturn(true);

        locking(Duration.ofSeconds(1)).lockVm(vm).close();

        verify(leases).release("vm:" + vm, owner.getValue());
    }

    @Test
    void shouldTakeTheLeaseTtlWaitAndNodeFromTheSettings() {
        Properties settings = new Properties();
        settings.setProperty("osn.lock.ttl.seconds", "42");
        settings.setProperty("osn.lock.wait.seconds", "1");
        settings.setProperty("osn.node.id", "node-x");
        OsnConfiguration configuration = new OsnConfiguration(settings, Map.of());
        ProviderLocking configured = new ProviderLocking(leases, configuration, new JobNode(configuration));
        ArgumentCaptor<String> owner = ArgumentCaptor.forClass(String.class);
        when(leases.tryAcquire(eq(KEY), owner.capture(), eq(Duration.ofSeconds(42)))).thenReturn(true, false);
        when(leases.holder(KEY)).thenReturn("node-x/first");

        configured.lock(PROVIDER);
        // the 30 s default wait would outlast this bound many times over; the configured 1 s does not
        CommandFailedException failure = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(
                CommandFailedException.class, () -> configured.lock(PROVIDER)));

        assertTrue(owner.getAllValues().get(0).startsWith("node-x/"), owner.getAllValues().get(0));
        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_LOCKED, failure.engineMessage());
        assertEquals(Duration.ofMillis(10500), configured.renewalInterval());
    }

    @Test
    void shouldKeepLeasesShortByDefaultSoThatADeadNodesLocksFreeWithinSeconds() {
        OsnConfiguration defaults = new OsnConfiguration(new Properties(), Map.of());
        ProviderLocking configured = new ProviderLocking(leases, defaults, new JobNode("node-a", "run-1"));

        assertEquals(Duration.ofSeconds(20), configured.ttl());
        assertEquals(Duration.ofSeconds(5), configured.renewalInterval());
    }
}
