package org.ovirt.osn.availability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderProxy;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.ProviderAgent;
import org.ovirt.osn.provider.ProviderSegment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class AgentsViewsTest {

    private static final NetworkProvider PROVIDER = new NetworkProvider(UUID.randomUUID(), "neutron", null,
            NetworkProviderType.NEUTRON, "http://127.0.0.1:9696", false, null, null, null, null, null, null, null,
            null, false, false, null);
    private static final ProviderAgent AGENT = new ProviderAgent("h1", "Open vSwitch agent", true,
            Set.of("physnet1"), List.of());
    private static final ProviderAgent DHCP = new ProviderAgent("h1", "DHCP agent", true, Set.of(), List.of());
    private static final Instant T0 = Instant.parse("2026-12-06T12:00:00Z");

    @Mock
    private NetworkProviderProxy proxy;

    private static AgentsViews views(Instant now) {
        return new AgentsViews(Duration.ofSeconds(10), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void shouldAskTheProviderOnceWhileTheViewIsFreshAndAgainOnRefresh() {
        when(proxy.listAgents()).thenReturn(List.of(AGENT));
        when(proxy.listSegments()).thenAnswer(i -> Stream.of(new ProviderSegment("s", "n", "vlan", "physnet1")));
        AgentsViews views = views(T0);

        AgentsView first = views.view(PROVIDER, () -> proxy, false);
        assertSame(first, views.view(PROVIDER, () -> proxy, false));
        AgentsView refreshed = views.view(PROVIDER, () -> proxy, true);

        assertTrue(first.reportsAgents());
        assertEquals(List.of(AGENT), first.agentsOn("h1"));
        assertEquals(1, first.segmentsOf("n").size());
        assertFalse(first == refreshed);
        verify(proxy, times(2)).listAgents();
    }

    @Test
    void shouldAskAgainOnceTheViewIsOlderThanItsTtl() {
        when(proxy.listAgents()).thenReturn(List.of(AGENT));
        when(proxy.listSegments()).thenAnswer(i -> Stream.empty());
        AgentsView old = views(T0).view(PROVIDER, () -> proxy, false);
        AgentsViews later = new AgentsViews(Duration.ofSeconds(10), Clock.fixed(T0.plusSeconds(11), ZoneOffset.UTC));

        assertEquals(T0.plusSeconds(11), later.view(PROVIDER, () -> proxy, false).fetchedAt());
        assertEquals(T0, old.fetchedAt());
    }

    @Test
    void shouldNotEvenMakeAProxyWhileTheViewIsFresh() {
        when(proxy.listAgents()).thenReturn(List.of());
        AgentsViews views = views(T0);
        views.view(PROVIDER, () -> proxy, false);

        views.view(PROVIDER, () -> {
            throw new AssertionError("a proxy was made for a fresh view");
        }, false);
    }

    @Test
    void shouldNotAskForSegmentsWhenTheProviderReportsNoL2Agent() {
        when(proxy.listAgents()).thenReturn(List.of(DHCP));

        AgentsView view = views(T0).view(PROVIDER, () -> proxy, false);

        assertFalse(view.reportsAgents(), "a DHCP agent plugs no network into a host");
        verify(proxy, never()).listSegments();
    }
}
