package org.ovirt.osn.command.port;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.ValidationResult;
import org.ovirt.osn.command.network.ProviderNetworkAccess;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provisioning.release.OrphanPortReconciler;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class ReconcileProviderPortsCommandTest {

    private static final UUID PROVIDER = UUID.randomUUID();

    @Mock
    private NetworkProviderRepository repository;
    @Mock
    private ProviderNetworkAccess access;
    @Mock
    private OrphanPortReconciler reconciler;
    @Mock
    private NetworkProviderProxy proxy;

    private ReconcileProviderPortsCommand command() {
        return new ReconcileProviderPortsCommand(repository, access, reconciler);
    }

    @Test
    void ruleFailsWhenTheProviderDoesNotExist() {
        when(repository.findByIdWithoutSecrets(PROVIDER)).thenReturn(Optional.empty());

        ValidationResult result = command().validate(new ReconcileProviderPortsParameters(PROVIDER, null));

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_DOESNT_EXIST, result.message());
    }

    @Test
    void shouldQueueTheOrphansOfTheGivenNetworkForReleaseAtOnceWhenExecuted() {
        when(repository.displayName(PROVIDER)).thenReturn("neutron-1");
        when(reconciler.deviceOwner()).thenReturn("oVirt");
        ArgumentCaptor<Map<String, String>> failureVariables = ArgumentCaptor.captor();
        when(access.proxy(eq(PROVIDER), failureVariables.capture())).thenReturn(proxy);
        OrphanPortReconciler.Result queued = new OrphanPortReconciler.Result(2, 1, List.of());
        when(reconciler.queueOrphans(any(), any(), any(), any())).thenReturn(queued);

        OrphanPortReconciler.Result result = command().execute(new ReconcileProviderPortsParameters(PROVIDER, "net-1"));

        verify(reconciler).queueOrphans(PROVIDER, proxy, "net-1", Duration.ZERO);
        assertEquals(Map.of("ProviderName", "neutron-1", "ProviderId", PROVIDER.toString(), "DeviceOwner", "oVirt",
                "Action", "reconcile ports of"), failureVariables.getValue(), "what a failure to reach it names");
        assertSame(queued, result);
        assertFalse(command().transactional(), "no transaction while the provider is listed");
    }

    @Test
    void shouldRenderTheCountOwnerAndProviderWhenAuditingTheOutcome() {
        when(repository.displayName(PROVIDER)).thenReturn("neutron-1");
        when(reconciler.deviceOwner()).thenReturn("oVirt");
        ReconcileProviderPortsCommand command = command();

        Map<String, String> variables = new HashMap<>(command.auditVariables(
                new ReconcileProviderPortsParameters(PROVIDER, null)));
        variables.put("UserName", "admin@internal");
        Map<String, String> onSuccess = new HashMap<>(variables);
        onSuccess.putAll(new OrphanPortReconciler.Result(3, 0, List.of()).auditVariables());
        Map<String, String> onFailure = new HashMap<>(variables);
        onFailure.put("Reason", "Connection refused");

        assertEquals("3 orphan port(s) of provider neutron-1 (device owner oVirt, whose vNIC no longer exists) were "
                        + "queued for removal. (User: admin@internal)",
                AuditLogger.render(command.successEvent(), onSuccess));
        assertEquals("Failed to reconcile the ports of provider neutron-1: Connection refused (User: admin@internal)",
                AuditLogger.render(AuditLogType.ORPHAN_PORTS_RECONCILE_FAILED, onFailure));
        assertEquals(AuditLogType.ORPHAN_PORTS_RECONCILE_FAILED, command.failureEvent());
    }
}
