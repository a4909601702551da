package org.ovirt.osn.command.sync;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.command.CommandContext;
import org.ovirt.osn.command.CommandFailedException;
import org.ovirt.osn.command.CommandRunner;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ProviderLocking;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class AutoSyncTest {

    @Mock
    private NetworkProviderRepository repository;
    @Mock
    private ProviderLocking locking;
    @Mock
    private CommandRunner runner;
    @Mock
    private SyncNetworkProviderCommand sync;

    private AutoSync autoSync() {
        return new AutoSync(repository, locking, runner, sync);
    }

    private static NetworkProvider provider(String name, boolean autoSync) {
        return new NetworkProvider(UUID.randomUUID(), name, null, NetworkProviderType.NEUTRON, "http://n:9696", false,
                null, null, null, null, null, null, null, null, false, autoSync, Map.of());
    }

    @Test
    void shouldSyncOnlyAutoSyncProvidersUnderTheirLockAsPeriodicRuns() {
        NetworkProvider auto = provider("auto", true);
        NetworkProvider manual = provider("manual", false);
        when(repository.findAllWithoutSecrets()).thenReturn(List.of(auto, manual));
        ProviderLocking.Held held = mock(ProviderLocking.Held.class);
        when(locking.tryLock(auto.id())).thenReturn(Optional.of(held));
        ArgumentCaptor<SyncNetworkProviderParameters> parameters =
                ArgumentCaptor.forClass(SyncNetworkProviderParameters.class);

        assertEquals(1, autoSync().runOnce());

        verify(runner).run(eq(sync), parameters.capture(), any(CommandContext.class));
        assertEquals(auto.id(), parameters.getValue().providerId());
        assertFalse(parameters.getValue().dryRun());
        assertEquals(SyncNetworkProviderParameters.Trigger.PERIODIC, parameters.getValue().trigger());
        verify(held).close();
        verify(locking, never()).tryLock(manual.id());
    }

    @Test
    void shouldSkipAProviderAnotherNodeIsSyncing() {
        NetworkProvider auto = provider("auto", true);
        when(repository.findAllWithoutSecrets()).thenReturn(List.of(auto));
        when(locking.tryLock(auto.id())).thenReturn(Optional.empty());

        assertEquals(0, autoSync().runOnce());

        verify(runner, never()).run(any(), any(), any());
    }

    @Test
    void shouldGoOnWithTheNextProviderAndReleaseTheLockWhenASyncFails() {
        NetworkProvider first = provider("first", true);
        NetworkProvider second = provider("second", true);
        when(repository.findAllWithoutSecrets()).thenReturn(List.of(first, second));
        ProviderLocking.Held firstLock = mock(ProviderLocking.Held.class);
        ProviderLocking.Held secondLock = mock(ProviderLocking.Held.class);
        when(locking.tryLock(first.id())).thenReturn(Optional.of(firstLock));
        when(locking.tryLock(second.id())).thenReturn(Optional.of(secondLock));
        when(runner.run(eq(sync), any(), any())).thenThrow(new CommandFailedException(
                EngineMessage.PROVIDER_FAILURE_CONNECTION, Map.of("ProviderName", "first", "Detail", "refused"), null))
                .thenReturn(null);

        assertEquals(2, autoSync().runOnce());

        verify(runner, times(2)).run(eq(sync), any(), any());
        verify(firstLock).close();
        verify(secondLock).close();
    }
}
