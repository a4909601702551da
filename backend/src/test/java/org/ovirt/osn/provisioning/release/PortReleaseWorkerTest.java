package org.ovirt.osn.provisioning.release;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Captor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.audit.AuditLogger;
import org.ovirt.osn.command.provider.NetworkProviderRepository;
import org.ovirt.osn.dal.release.PortReleaseEntity;
import org.ovirt.osn.dal.release.PortReleaseOrigin;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNic;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxies;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.PortFilter;
import org.ovirt.osn.provider.ProviderErrorCode;
import org.ovirt.osn.provider.ProviderException;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class PortReleaseWorkerTest {

    private static final String ME = "node-a/port-release/1";

    @Mock
    private PortReleaseRows rows;
    @Mock
    private NetworkProviderRepository providers;
    @Mock
    private NetworkProviderProxies proxies;
    @Mock
    private NetworkProviderProxy proxy;
    @Mock
    private VmInventory vms;
    @Mock
    private AuditLogger audit;
    @Captor
    private ArgumentCaptor<Map<String, String>> variables;

    private final NetworkProvider provider = ReleaseFixtures.provider("http://neutron:9696");
    private PortReleaseWorker worker;

    @BeforeEach
    void createWorker() {
        worker = new PortReleaseWorker(rows, providers, proxies, vms, audit, ReleaseFixtures.settings(),
                ReleaseFixtures.CLOCK, ME);
    }

    private PortReleaseEntity claimed(String portId, PortReleaseOrigin origin, int failedAttempts) {
        PortReleaseEntity release = ReleaseFixtures.release(provider.id(), portId, origin, failedAttempts);
        OffsetDateTime now = ReleaseFixtures.now();
        when(rows.claimOrTakeOver(release.getId(), ME, now, now.plusSeconds(60)))
                .thenReturn(Optional.of(new PortReleaseRows.Claim(release, null)));
        return release;
    }

    private void providerAnswers() {
        when(providers.findById(provider.id())).thenReturn(Optional.of(provider));
        when(proxies.proxyFor(provider)).thenReturn(proxy);
    }

    private static ProviderException unreachable() {
        return new ProviderException(ProviderErrorCode.CONNECTION, "Connection refused",
                "DELETE http://neutron:9696/v2.0/ports/p-1", null);
    }

    private static void assertRenderedFully(AuditLogType type, Map<String, String> variables) {
        String message = AuditLogger.render(type, variables);
        assertFalse(message.contains("${"), () -> "unrendered variable in: " + message);
    }

    @Test
    void shouldDeleteThePortAndRemoveTheRowWithoutAnAuditEventWhenTheFirstAttemptSucceeds() {
        PortReleaseEntity release = claimed("p-1", PortReleaseOrigin.ENGINE, 0);
        providerAnswers();
        when(proxy.deletePort("p-1")).thenReturn(true);

        PortReleaseWorker.Outcome outcome = worker.attempt(release.getId());

        assertEquals(PortReleaseWorker.Outcome.DONE, outcome);
        verify(rows).done(release.getId());
        verifyNoInteractions(audit);
    }

    @Test
    void shouldCountThePortAsReleasedWhenTheProviderSaysItIsAlreadyGone() {
        PortReleaseEntity release = claimed("p-1", PortReleaseOrigin.ENGINE, 0);
        providerAnswers();
        when(proxy.deletePort("p-1")).thenReturn(false);

        assertEquals(PortReleaseWorker.Outcome.DONE, worker.attempt(release.getId()));
        verify(rows).done(release.getId());
        verify(rows, never()).recordFailure(any(), anyString(), any(), anyString());
    }

    @Test
    void shouldDeleteThePortsFoundByDeviceIdAndEngineOwnerWhenThePortIdIsUnknown() {
        PortReleaseEntity release = claimed(null, PortReleaseOrigin.ENGINE, 0);
        providerAnswers();
        PortFilter filter = PortFilter.byDeviceId(release.getVnicId().toString())
                .andDeviceOwner(ReleaseFixtures.OWNER);
        when(proxy.findPorts(filter)).thenReturn(Stream.of(
                ReleaseFixtures.port("p-a", release.getVnicId().toString()),
                ReleaseFixtures.port("p-b", release.getVnicId().toString())));
        when(proxy.deletePort("p-a")).thenReturn(true);
        when(proxy.deletePort("p-b")).thenReturn(false);

        assertEquals(PortReleaseWorker.Outcome.DONE, worker.attempt(release.getId()));
        verify(rows).done(release.getId());
    }

    @Test
    void shouldBeDoneWhenNoPortHasTheDeviceIdAnyMore() {
        PortReleaseEntity release = claimed(null, PortReleaseOrigin.ENGINE, 0);
        providerAnswers();
        when(proxy.findPorts(any())).thenReturn(Stream.empty());

        assertEquals(PortReleaseWorker.Outcome.DONE, worker.attempt(release.getId()));
        verify(rows).done(release.getId());
    }

    @Test
    void shouldScheduleTheFirstRetryAndWarnOnceNamingVnicProviderAndReasonWhenTheFirstAttemptFails() {
        PortReleaseEntity release = claimed("p-1", PortReleaseOrigin.ENGINE, 0);
        providerAnswers();
        when(proxy.deletePort("p-1")).thenThrow(unreachable());
        when(rows.recordFailure(eq(release.getId()), eq(ME), any(), anyString())).thenReturn(true);
        when(providers.displayName(provider.id())).thenReturn(provider.name());

        PortReleaseWorker.Outcome outcome = worker.attempt(release.getId());

        assertEquals(PortReleaseWorker.Outcome.RETRY_LATER, outcome);
        verify(rows).recordFailure(release.getId(), ME, ReleaseFixtures.now().plusSeconds(10),
                unreachable().describe());
        verify(rows, never()).done(any());
        verify(audit).log(eq(AuditLogType.REMOVE_PORT_FROM_EXTERNAL_PROVIDER_FAILED), variables.capture(),
                eq(provider.id()));
        assertEquals(release.getVnicId().toString(), variables.getValue().get("VnicId"));
        assertEquals("neutron-1", variables.getValue().get("ProviderName"));
        assertTrue(variables.getValue().get("Reason").contains("Connection refused"));
        assertRenderedFully(AuditLogType.REMOVE_PORT_FROM_EXTERNAL_PROVIDER_FAILED, variables.getValue());
    }

    @Test
    void shouldBackOffLongerWithoutAnotherEventWhenARetryFailsAgain() {
        PortReleaseEntity release = claimed("p-1", PortReleaseOrigin.ENGINE, 3);
        providerAnswers();
        when(proxy.deletePort("p-1")).thenThrow(unreachable());
        when(rows.recordFailure(eq(release.getId()), eq(ME), any(), anyString())).thenReturn(true);

        assertEquals(PortReleaseWorker.Outcome.RETRY_LATER, worker.attempt(release.getId()));
        // the 4th failure in a row: 10 s doubled three times = 80 s, the maximum
        verify(rows).recordFailure(eq(release.getId()), eq(ME), eq(ReleaseFixtures.now().plusSeconds(80)),
                anyString());
        verifyNoInteractions(audit);
    }

    @Test
    void shouldNotWarnWhenTheClaimWasTakenOverBeforeTheFailureWasRecorded() {
        PortReleaseEntity release = claimed("p-1", PortReleaseOrigin.ENGINE, 0);
        providerAnswers();
        when(proxy.deletePort("p-1")).thenThrow(unreachable());
        when(rows.recordFailure(eq(release.getId()), eq(ME), any(), anyString())).thenReturn(false);

        assertEquals(PortReleaseWorker.Outcome.RETRY_LATER, worker.attempt(release.getId()));
        verifyNoInteractions(audit);
    }

    @Test
    void shouldReportTheSuccessOnceWhenAReleaseThatFailedBeforeSucceeds() {
        PortReleaseEntity release = claimed("p-1", PortReleaseOrigin.ENGINE, 2);
        providerAnswers();
        when(proxy.deletePort("p-1")).thenReturn(true);

        assertEquals(PortReleaseWorker.Outcome.DONE, worker.attempt(release.getId()));
        verify(audit).log(eq(AuditLogType.PORT_RELEASED_AFTER_RETRIES), variables.capture(), eq(provider.id()));
        assertEquals("2", variables.getValue().get("Attempts"));
        assertRenderedFully(AuditLogType.PORT_RELEASED_AFTER_RETRIES, variables.getValue());
    }

    @Test
    void shouldDropTheReleaseWithAWarningWhenItsProviderWasRemoved() {
        PortReleaseEntity release = claimed("p-1", PortReleaseOrigin.ENGINE, 4);
        when(providers.findById(provider.id())).thenReturn(Optional.empty());

        assertEquals(PortReleaseWorker.Outcome.DONE, worker.attempt(release.getId()));
        verify(rows).done(release.getId());
        verify(audit).log(eq(AuditLogType.PORT_RELEASE_DROPPED_PROVIDER_REMOVED), variables.capture(),
                eq(provider.id()));
        assertEquals("p-1", variables.getValue().get("PortId"));
        assertRenderedFully(AuditLogType.PORT_RELEASE_DROPPED_PROVIDER_REMOVED, variables.getValue());
        verifyNoInteractions(proxies);
    }

    @Test
    void shouldKeepTheReconcilersPortWhenItsVnicExistsByNow() {
        PortReleaseEntity release = claimed("p-1", PortReleaseOrigin.RECONCILER, 0);
        when(providers.findById(provider.id())).thenReturn(Optional.of(provider));
        when(vms.nic(release.getVnicId())).thenReturn(Optional.of(
                new VmNic(release.getVnicId(), UUID.randomUUID(), "nic1", "56:6f:00:00:00:01", null, true, true)));

        assertEquals(PortReleaseWorker.Outcome.DONE, worker.attempt(release.getId()));
        verify(rows).done(release.getId());
        verify(audit).log(eq(AuditLogType.ORPHAN_PORT_KEPT_VNIC_EXISTS), variables.capture(), eq(provider.id()));
        assertRenderedFully(AuditLogType.ORPHAN_PORT_KEPT_VNIC_EXISTS, variables.getValue());
        verifyNoInteractions(proxies);
    }

    @Test
    void shouldDeleteTheReconcilersPortWhenItsVnicIsStillGone() {
        PortReleaseEntity release = claimed("p-1", PortReleaseOrigin.RECONCILER, 0);
        providerAnswers();
        when(vms.nic(release.getVnicId())).thenReturn(Optional.empty());
        when(proxy.deletePort("p-1")).thenReturn(true);

        assertEquals(PortReleaseWorker.Outcome.DONE, worker.attempt(release.getId()));
        verify(rows).done(release.getId());
    }

    @Test
    void shouldAuditOnceThatItTookOverTheReleaseOfANodeWhoseClaimRanOut() {
        PortReleaseEntity release = ReleaseFixtures.release(provider.id(), "p-1", PortReleaseOrigin.ENGINE, 0);
        OffsetDateTime now = ReleaseFixtures.now();
        when(rows.claimOrTakeOver(release.getId(), ME, now, now.plusSeconds(60)))
                .thenReturn(Optional.of(new PortReleaseRows.Claim(release, "node-a/port-release/dead")));
        when(providers.displayName(provider.id())).thenReturn(provider.name());
        providerAnswers();

        assertEquals(PortReleaseWorker.Outcome.DONE, worker.attempt(release.getId()));

        verify(audit).log(eq(AuditLogType.PORT_RELEASE_TAKEN_OVER), variables.capture(), eq(provider.id()));
        assertEquals("node-a/port-release/dead", variables.getValue().get("PreviousOwner"));
        assertEquals(ME, variables.getValue().get("Owner"));
        String text = AuditLogger.render(AuditLogType.PORT_RELEASE_TAKEN_OVER, variables.getValue());
        assertTrue(text.contains("taken over by " + ME + ": node-a/port-release/dead stopped"), text);
        verify(audit, times(1)).log(any(), any(), any());
    }

    @Test
    void shouldLeaveTheReleaseAloneWhenAnotherNodeHoldsTheClaim() {
        UUID id = UUID.randomUUID();
        when(rows.claimOrTakeOver(eq(id), eq(ME), any(), any())).thenReturn(Optional.empty());

        assertEquals(PortReleaseWorker.Outcome.NOT_CLAIMED, worker.attempt(id));
        verifyNoInteractions(providers, proxies, audit);
    }

    @Test
    void shouldRecordOnlyTheKindOfAnUnexpectedFailureWhenItsMessageMightCarrySecrets() {
        PortReleaseEntity release = claimed("p-1", PortReleaseOrigin.ENGINE, 1);
        providerAnswers();
        when(proxy.deletePort("p-1")).thenThrow(new IllegalStateException("password=s3cret"));
        when(rows.recordFailure(eq(release.getId()), eq(ME), any(), anyString())).thenReturn(true);

        worker.attempt(release.getId());

        verify(rows).recordFailure(release.getId(), ME, ReleaseFixtures.now().plusSeconds(20),
                "internal error (IllegalStateException), see the server log");
    }

    @Test
    void shouldAttemptEveryDueReleaseAndCountTheDoneOnesWhenPolling() {
        PortReleaseEntity done = claimed("p-1", PortReleaseOrigin.ENGINE, 0);
        UUID takenByOther = UUID.randomUUID();
        when(rows.withoutProvider(ReleaseFixtures.now(), 100)).thenReturn(List.of());
        when(rows.due(ReleaseFixtures.now(), 100)).thenReturn(List.of(done.getId(), takenByOther));
        when(rows.claimOrTakeOver(eq(takenByOther), eq(ME), any(), any())).thenReturn(Optional.empty());
        providerAnswers();
        when(proxy.deletePort("p-1")).thenReturn(true);

        assertEquals(1, worker.runDue());
    }

    @Test
    void shouldGiveBackItsClaimsWhenStopping() {
        when(rows.unclaimAll(ME)).thenReturn(2);

        worker.giveBackClaims();

        verify(rows).unclaimAll(ME);
        verify(rows, never()).due(any(), anyInt());
    }

    @Test
    void shouldDropTheReleasesOfARemovedProviderAtTheNextPollEvenBeforeTheyAreDue() {
        PortReleaseEntity orphaned = claimed("p-1", PortReleaseOrigin.ENGINE, 5);
        when(rows.withoutProvider(ReleaseFixtures.now(), 100)).thenReturn(List.of(orphaned.getId()));
        when(rows.due(ReleaseFixtures.now(), 100)).thenReturn(List.of());
        when(providers.findById(provider.id())).thenReturn(Optional.empty());

        assertEquals(1, worker.runDue());
        verify(audit).log(eq(AuditLogType.PORT_RELEASE_DROPPED_PROVIDER_REMOVED), any(), eq(provider.id()));
    }
}
