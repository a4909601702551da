package org.ovirt.osn.command.sync;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.command.EngineMessage;
import org.ovirt.osn.command.Transactions;
import org.ovirt.osn.command.network.ProviderNetworkAccess;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.TypeTraits;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;
import org.ovirt.osn.provider.ProviderNetwork;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.ovirt.osn.command.sync.NetworkSyncChange.Kind;
import static org.ovirt.osn.command.sync.NetworkSyncChange.Status;
import static org.ovirt.osn.command.sync.SyncFixtures.DC;
import static org.ovirt.osn.command.sync.SyncFixtures.PROVIDER_ID;
import static org.ovirt.osn.command.sync.SyncFixtures.onProvider;
import static org.ovirt.osn.command.sync.SyncFixtures.provider;

@ExtendWith(MockitoExtension.class)
class SyncNetworkProviderCommandTest {

    private static final ProviderNetwork BLUE = onProvider("ext-1", "blue", 1442);
    private static final NetworkSyncChange IMPORT = new NetworkSyncChange(Kind.IMPORT, Status.PLANNED, "ext-1", null,
            "blue", null, 1442, null, DC.id(), DC.name(), List.of(), 0, List.of(), null);

    @Mock
    private NetworkProviderRepository repository;
    @Mock
    private ProviderNetworkAccess access;
    @Mock
    private NetworkSyncPlanner planner;
    @Mock
    private NetworkSyncApplier applier;
    @Mock
    private Transactions transactions;
    @Mock
    private AuditLogger auditLogger;
    @Mock
    private NetworkProviderProxy proxy;

    private SyncNetworkProviderCommand command() {
        return new SyncNetworkProviderCommand(repository, access, planner, applier, transactions, auditLogger);
    }

    private static SyncNetworkProviderParameters manual(boolean dryRun) {
        return new SyncNetworkProviderParameters(PROVIDER_ID, dryRun, SyncNetworkProviderParameters.Trigger.MANUAL);
    }

    @SuppressWarnings("unchecked")
    private void providerAnswers(Stream<ProviderNetwork> networks) {
        when(repository.displayName(PROVIDER_ID)).thenReturn("neutron-1");
        when(access.traits(PROVIDER_ID)).thenReturn(TypeTraits.of(NetworkProviderType.NEUTRON));
        when(access.proxy(any(), anyMap())).thenReturn(proxy);
        when(proxy.listNetworks()).thenReturn(networks);
        when(transactions.inTransaction(any())).thenAnswer(i -> ((Supplier<Object>) i.getArgument(0)).get());
    }

    @Test
    void shouldFailWithProviderDoesntExistWhenProviderIsUnknown() {
        when(repository.findByIdWithoutSecrets(PROVIDER_ID)).thenReturn(Optional.empty());

        assertEquals(EngineMessage.ACTION_TYPE_FAILED_PROVIDER_DOESNT_EXIST, command().validate(manual(true)).message());
    }

    @Test
    void shouldAskTheProviderNothingAndChangeNothingWhenItIsUnmanaged() {
        when(repository.displayName(PROVIDER_ID)).thenReturn("unmanaged-1");
        when(access.traits(PROVIDER_ID)).thenReturn(TypeTraits.of(NetworkProviderType.UNMANAGED));

        NetworkSyncResult result = command().execute(manual(false));

        assertEquals(List.of(), result.changes());
        verify(access, never()).proxy(any(), anyMap());
        verifyNoInteractions(planner, applier);
    }

    @Test
    void shouldReturnThePlanAndChangeNothingWhenItIsADryRun() {
        providerAnswers(Stream.of(BLUE));
        when(planner.plan(PROVIDER_ID, List.of(BLUE))).thenReturn(List.of(IMPORT));

        NetworkSyncResult result = command().execute(manual(true));

        assertTrue(result.dryRun());
        assertEquals(List.of(IMPORT), result.changes());
        verifyNoInteractions(applier);
        assertEquals("1", result.auditVariables().get("Imported"));
    }

    @Test
    void shouldApplyEveryChangeWithItsProviderNetworkWhenItIsNoDryRun() {
        providerAnswers(Stream.of(BLUE));
        when(planner.plan(PROVIDER_ID, List.of(BLUE))).thenReturn(List.of(IMPORT));
        NetworkSyncChange done = IMPORT.withOutcome(Status.DONE, java.util.UUID.randomUUID(), null);
        when(applier.apply(eq(PROVIDER_ID), eq(IMPORT), anyMap(), eq(BLUE))).thenReturn(done);

        NetworkSyncResult result = command().execute(manual(false));

        assertFalse(result.dryRun());
        assertEquals(List.of(done), result.changes());
        verify(applier).forgetReappeared(eq(PROVIDER_ID), eq(java.util.Set.of(BLUE.externalId())), anyMap());
    }

    @SuppressWarnings("unchecked")
    @Test
    void shouldTurnAutoSyncOffAndAuditWhenTheProviderRefusesTheCredentials() {
        when(repository.displayName(PROVIDER_ID)).thenReturn("neutron-1");
        when(access.traits(PROVIDER_ID)).thenReturn(TypeTraits.of(NetworkProviderType.NEUTRON));
        when(access.proxy(any(), anyMap())).thenReturn(proxy);
        ProviderException unauthorized = new ProviderException(ProviderErrorCode.AUTHENTICATION, "refused", 401,
                "POST http://keystone:5000/v3/auth/tokens", null, null, null);
        when(proxy.listNetworks()).thenThrow(unauthorized);
        when(repository.findById(PROVIDER_ID)).thenReturn(Optional.of(provider(true)));
        when(transactions.inTransaction(any())).thenAnswer(i -> ((Supplier<Object>) i.getArgument(0)).get());
        ArgumentCaptor<NetworkProvider> updated = ArgumentCaptor.forClass(NetworkProvider.class);

        assertThrows(ProviderException.class, () -> command().execute(new SyncNetworkProviderParameters(PROVIDER_ID,
                false, SyncNetworkProviderParameters.Trigger.PERIODIC)));

        verify(repository).update(updated.capture());
        assertFalse(updated.getValue().autoSync());
        assertEquals("secret", updated.getValue().password(), "the stored password stays");
        verify(auditLogger).log(eq(AuditLogType.PROVIDER_SYNC_DISABLED_AUTHENTICATION), anyMap(), eq(PROVIDER_ID));
        verifyNoInteractions(planner, applier);
    }

    @Test
    void shouldLeaveAutoSyncAloneWhenADryRunMeetsA401() {
        when(repository.displayName(PROVIDER_ID)).thenReturn("neutron-1");
        when(access.traits(PROVIDER_ID)).thenReturn(TypeTraits.of(NetworkProviderType.NEUTRON));
        when(access.proxy(any(), anyMap())).thenReturn(proxy);
        when(proxy.listNetworks()).thenThrow(new ProviderException(ProviderErrorCode.AUTHENTICATION, "refused", 401,
                "GET /v2.0/networks", null, null, null));

        assertThrows(ProviderException.class, () -> command().execute(manual(true)));

        verify(repository, never()).update(any());
        verifyNoInteractions(auditLogger);
    }

    @Test
    void shouldNotTouchAProviderWithoutAutoSyncWhenA401Comes() {
        when(repository.displayName(PROVIDER_ID)).thenReturn("neutron-1");
        when(access.traits(PROVIDER_ID)).thenReturn(TypeTraits.of(NetworkProviderType.NEUTRON));
        when(access.proxy(any(), anyMap())).thenReturn(proxy);
        when(proxy.listNetworks()).thenThrow(new ProviderException(ProviderErrorCode.AUTHENTICATION, "refused", 401,
                "GET /v2.0/networks", null, null, null));
        when(repository.findById(PROVIDER_ID)).thenReturn(Optional.of(provider(false)));

        assertThrows(ProviderException.class, () -> command().execute(manual(false)));

        verify(repository, never()).update(any());
    }

    @Test
    void shouldLockOnlyForAManualSyncSinceThePeriodicRunHoldsTheLockItself() {
        assertEquals(PROVIDER_ID, command().lockedProvider(manual(false)));
        assertNull(command().lockedProvider(new SyncNetworkProviderParameters(PROVIDER_ID, false,
                SyncNetworkProviderParameters.Trigger.PERIODIC)));
        assertFalse(command().transactional());
    }

    @Test
    void shouldProvideEveryVariableOfItsEventsWithTheResultsCounts() {
        when(repository.displayName(PROVIDER_ID)).thenReturn("neutron-1");
        java.util.Set<String> provided = new java.util.HashSet<>(command().auditVariables(manual(false)).keySet());
        provided.addAll(new NetworkSyncResult(false, List.of(IMPORT)).auditVariables().keySet());
        provided.add("UserName");
        provided.add("Reason");
        java.util.ResourceBundle texts = java.util.ResourceBundle.getBundle("org.ovirt.osn.audit.AuditLogMessages");

        for (AuditLogType type : List.of(command().successEvent(), command().failureEvent(),
                AuditLogType.PROVIDER_SYNC_DISABLED_AUTHENTICATION)) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{(\\w+)}")
                    .matcher(texts.getString(type.name()));
            while (m.find()) {
                assertTrue(provided.contains(m.group(1)), type + " shows ${" + m.group(1) + "} unrendered");
            }
        }
    }

    @Test
    void shouldAskForNoAuditEntryWhenAPeriodicRunFindsNothingToDo() {
        providerAnswers(Stream.of(BLUE));
        when(planner.plan(PROVIDER_ID, List.of(BLUE))).thenReturn(List.of());

        NetworkSyncResult periodic = command().execute(new SyncNetworkProviderParameters(PROVIDER_ID, false,
                SyncNetworkProviderParameters.Trigger.PERIODIC));

        assertFalse(periodic.worthAuditing());
        assertTrue(new NetworkSyncResult(false, List.of()).worthAuditing(), "an admin's sync is always audited");
    }

    @Test
    void shouldSayADryRunChangedNothingInTheAuditTrigger() {
        when(repository.displayName(PROVIDER_ID)).thenReturn("neutron-1");

        Map<String, String> variables = command().auditVariables(manual(true));

        assertEquals("manual, dry run: nothing was changed", variables.get("Trigger"));
    }
}
