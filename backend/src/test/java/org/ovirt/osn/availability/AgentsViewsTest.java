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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    void shouldAskOnceForThreadsThatFindNoViewAtTheSameTime() throws Exception {
        CountDownLatch inCall = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        when(proxy.listAgents()).thenAnswer(i -> {
            inCall.countDown();
            release.await();
            return List.of();
        });
        AgentsViews views = new AgentsViews(Duration.ofSeconds(10), Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AgentsView>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> views.view(PROVIDER, () -> proxy, false)));
            inCall.await();
            for (int i = 0; i < 3; i++) {
                answers.add(pool.submit(() -> views.view(PROVIDER, () -> proxy, false)));
            }
            Thread.sleep(200);
            release.countDown();
            AgentsView first = answers.get(0).get();
            for (Future<AgentsView> answer : answers) {
                assertSame(first, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        verify(proxy, times(1)).listAgents();
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
