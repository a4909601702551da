package org.ovirt.osn.provisioning.release;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.dal.release.PortReleaseEntity;
import org.ovirt.osn.dal.release.PortReleaseOrigin;
import org.ovirt.osn.engine.VmInventory;
import org.ovirt.osn.engine.VmNic;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.PortFilter;
import org.ovirt.osn.provider.ProviderPort;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class OrphanPortReconcilerTest {

    private static final UUID PROVIDER = UUID.randomUUID();

    @Mock
    private VmInventory vms;
    @Mock
    private PortReleaseRows rows;
    @Mock
    private JtaPortReleaseQueue queue;
    @Mock
    private NetworkProviderProxy proxy;

    private final UUID existingVnic = UUID.randomUUID();
    private final UUID goneVnic = UUID.randomUUID();
    private final ProviderPort ofExisting = ReleaseFixtures.port("p-existing", existingVnic.toString());
    private final ProviderPort ofGone = ReleaseFixtures.port("p-gone", goneVnic.toString());
    private final ProviderPort notAVnic = ReleaseFixtures.port("p-other", "router-1");

    private OrphanPortReconciler reconciler() {
        return new OrphanPortReconciler(vms, rows, queue, ReleaseFixtures.OWNER, ReleaseFixtures.CLOCK);
    }

    private void providerHolds(PortFilter filter) {
        when(proxy.findPorts(filter)).thenReturn(Stream.of(ofExisting, ofGone, notAVnic));
        when(vms.nic(existingVnic)).thenReturn(Optional.of(
                new VmNic(existingVnic, UUID.randomUUID(), "nic1", "56:6f:00:00:00:01", null, true, true)));
        when(vms.nic(goneVnic)).thenReturn(Optional.empty());
    }

    @Test
    void shouldReportOnlyPortsWhoseVnicIsGoneWhenListingByTheEnginesOwner() {
        providerHolds(PortFilter.byDeviceOwner(ReleaseFixtures.OWNER));

        List<ProviderPort> orphans = reconciler().orphans(proxy, null).toList();

        assertEquals(List.of(ofGone), orphans);
    }

    @Test
    void shouldAskOnlyForOneNetworksPortsWhenANetworkIsGiven() {
        providerHolds(PortFilter.byDeviceOwner(ReleaseFixtures.OWNER).andNetworkId("net-1"));

        assertEquals(List.of(ofGone), reconciler().orphans(proxy, "net-1").toList());
    }

    @Test
    void shouldQueueAReleaseOfEachOrphanAndTryItAtOnceWhenReconcilingOnRequest() {
        providerHolds(PortFilter.byDeviceOwner(ReleaseFixtures.OWNER));
        when(rows.isPending(PROVIDER, "p-gone")).thenReturn(false);

        OrphanPortReconciler.Result result = reconciler().queueOrphans(PROVIDER, proxy, null, Duration.ZERO);

        assertEquals(1, result.queued());
        assertEquals(List.of(ofGone), result.listed());
        ArgumentCaptor<PortReleaseEntity> row = ArgumentCaptor.forClass(PortReleaseEntity.class);
        verify(rows).add(row.capture());
        assertEquals("p-gone", row.getValue().getPortId());
        assertEquals(goneVnic, row.getValue().getVnicId());
        assertEquals(PortReleaseOrigin.RECONCILER, row.getValue().getOrigin());
        assertEquals(ReleaseFixtures.now(), row.getValue().getNextAttemptAt());
        verify(queue).attemptSoon(row.getValue().getId());
    }

    @Test
    void shouldQueueForLaterWithoutTryingWhenReconcilingPeriodically() {
        providerHolds(PortFilter.byDeviceOwner(ReleaseFixtures.OWNER));
        when(rows.isPending(PROVIDER, "p-gone")).thenReturn(false);

        reconciler().queueOrphans(PROVIDER, proxy, null, Duration.ofSeconds(120));

        ArgumentCaptor<PortReleaseEntity> row = ArgumentCaptor.forClass(PortReleaseEntity.class);
        verify(rows).add(row.capture());
        assertEquals(ReleaseFixtures.now().plusSeconds(120), row.getValue().getNextAttemptAt());
        verifyNoInteractions(queue);
    }

    @Test
    void shouldNotQueueAPortTwiceWhenItsReleaseIsPendingAlready() {
        providerHolds(PortFilter.byDeviceOwner(ReleaseFixtures.OWNER));
        when(rows.isPending(PROVIDER, "p-gone")).thenReturn(true);

        OrphanPortReconciler.Result result = reconciler().queueOrphans(PROVIDER, proxy, null, Duration.ZERO);

        assertEquals(0, result.queued());
        assertEquals(1, result.alreadyPending());
        verify(rows, never()).add(any());
        verifyNoInteractions(queue);
    }
}
