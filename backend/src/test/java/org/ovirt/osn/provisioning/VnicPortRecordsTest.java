package org.ovirt.osn.provisioning;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.dal.port.PortIntentDao;
import org.ovirt.osn.dal.port.PortIntentEntity;
import org.ovirt.osn.dal.port.VnicPortDao;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class VnicPortRecordsTest {

    private static final UUID PROVIDER = UUID.randomUUID();
    private static final UUID OTHER_PROVIDER = UUID.randomUUID();
    private static final UUID VM = UUID.randomUUID();

    @Mock
    private VnicPortDao ports;
    @Mock
    private PortIntentDao intents;
    @Mock
    private PortReleaseQueue releases;

    private VnicPortRecords records() {
        return new VnicPortRecords(ports, intents, releases);
    }

    private static PortIntentEntity intent(UUID vnic, UUID provider) {
        return new PortIntentEntity(UUID.randomUUID(), vnic, VM, provider);
    }

    @Test
    void shouldTellOnWhichProvidersEachVnicHasAnOpenIntent() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        when(intents.findByVnics(List.of(a, b))).thenReturn(List.of(intent(a, PROVIDER), intent(a, OTHER_PROVIDER),
                intent(a, PROVIDER), intent(b, OTHER_PROVIDER)));

        assertEquals(Map.of(a, Set.of(PROVIDER, OTHER_PROVIDER), b, Set.of(OTHER_PROVIDER)),
                records().openIntents(List.of(a, b)));
    }

    @Test
    void shouldReleaseByDeviceOncePerProviderAndCloseTheIntentsWhenTheVnicGoes() {
        UUID vnic = UUID.randomUUID();
        when(intents.findByVnics(List.of(vnic))).thenReturn(List.of(intent(vnic, PROVIDER), intent(vnic, PROVIDER),
                intent(vnic, OTHER_PROVIDER)));

        records().releaseIntentsOfVnic(vnic, "nic1", "vm1");

        ArgumentCaptor<PortRelease> released = ArgumentCaptor.captor();
        verify(releases, times(2)).enqueue(released.capture());
        assertEquals(List.of(new PortRelease(PROVIDER, null, vnic, "nic1", "vm1"),
                new PortRelease(OTHER_PROVIDER, null, vnic, "nic1", "vm1")), released.getAllValues());
        verify(intents).closeOfVnic(vnic);
    }

    @Test
    void shouldReleaseNothingWhenTheGoneVnicHadNoOpenIntent() {
        UUID vnic = UUID.randomUUID();
        when(intents.findByVnics(List.of(vnic))).thenReturn(List.of());

        records().releaseIntentsOfVnic(vnic, "nic1", "vm1");

        verifyNoInteractions(releases);
        verify(intents, never()).closeOfVnic(any());
    }

    @Test
    void shouldReleaseWhatTheOpenIntentsOfAGoneVmStandForAndCloseThem() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        when(intents.findByVm(VM)).thenReturn(List.of(intent(a, PROVIDER), intent(b, PROVIDER)));

        records().releaseIntentsOfVm(VM, vnic -> vnic.equals(a) ? "nic1" : "nic2", "vm1");

        ArgumentCaptor<PortRelease> released = ArgumentCaptor.captor();
        verify(releases, times(2)).enqueue(released.capture());
        assertEquals(List.of(new PortRelease(PROVIDER, null, a, "nic1", "vm1"),
                new PortRelease(PROVIDER, null, b, "nic2", "vm1")), released.getAllValues());
        verify(intents).closeOfVm(VM);
    }
}
