package org.ovirt.osn.restapi.mapping;

import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.health.ProviderCallKind;
import org.ovirt.osn.provider.health.ProviderCallStatistics;
import org.ovirt.osn.provider.health.ProviderFailureNote;
import org.ovirt.osn.provider.health.ProviderStatus;
import org.ovirt.osn.provider.health.ProviderTokenNote;
import org.ovirt.osn.query.ProviderHealthReport;
import org.ovirt.osn.restapi.model.Statistic;
import org.ovirt.osn.restapi.model.Statistics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderStatisticsMapperTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final UUID PROVIDER = UUID.randomUUID();
    private static final String HREF = "/ovirt-engine/api/openstacknetworkproviders/" + PROVIDER;

    private static Statistic named(Statistics statistics, String name) {
        return statistics.getStatistic().stream().filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    private static ProviderHealthReport report() {
        ProviderCallStatistics calls = new ProviderCallStatistics(PROVIDER, "neutron", ProviderStatus.DEGRADED, 10,
                Map.of(ProviderCallKind.SUCCESS, 7L, ProviderCallKind.CONNECTION, 3L), Duration.ofMillis(2500),
                Duration.ofMillis(900), 2, NOW.minusSeconds(5),
                new ProviderFailureNote(NOW.minusSeconds(90), ProviderCallKind.CONNECTION, "refused", "GET /v2.0/"),
                new ProviderTokenNote(NOW.minusSeconds(600), NOW.plusSeconds(3000)), NOW);
        return new ProviderHealthReport(calls, 4, NOW.minusSeconds(3600),
                new ProviderHealthReport.LastSync(NOW.minusSeconds(120), true, "Networks synchronized"));
    }

    @Test
    void shouldGiveEachStatisticItsOvirtShape() {
        Statistics statistics = ProviderStatisticsMapper.toModel(report(), HREF);

        Statistic total = named(statistics, "calls.total");
        assertEquals("counter", total.getKind());
        assertEquals("integer", total.getType());
        assertEquals("none", total.getUnit());
        assertEquals(new BigDecimal(10), total.getValues().getValue().get(0).getDatum());
        assertEquals(PROVIDER.toString(), total.getOpenstackNetworkProvider().getId());
        assertEquals(HREF + "/statistics/" + total.getId(), total.getHref());
        assertEquals(ProviderStatisticsMapper.idOf("calls.total"), total.getId());
    }

    @Test
    void shouldMapCountsAgesAndTexts() {
        Statistics statistics = ProviderStatisticsMapper.toModel(report(), HREF);

        assertEquals("degraded", named(statistics, "status").getValues().getValue().get(0).getDetail());
        assertEquals(new BigDecimal(3), named(statistics, "calls.connection").getValues().getValue().get(0).getDatum());
        assertEquals(new BigDecimal(3), named(statistics, "calls.failed").getValues().getValue().get(0).getDatum());
        assertEquals(new BigDecimal("0.250"),
                named(statistics, "calls.latency.average").getValues().getValue().get(0).getDatum());
        assertEquals(new BigDecimal("90.000"),
                named(statistics, "last_failure.age").getValues().getValue().get(0).getDatum());
        assertEquals("refused", named(statistics, "last_failure.reason").getValues().getValue().get(0).getDetail());
        assertEquals(new BigDecimal("3000.000"),
                named(statistics, "token.expires_in").getValues().getValue().get(0).getDatum());
        assertEquals(new BigDecimal(4), named(statistics, "port_releases.pending").getValues().getValue().get(0)
                .getDatum());
        assertEquals(new BigDecimal("3600.000"),
                named(statistics, "port_releases.oldest.age").getValues().getValue().get(0).getDatum());
        assertEquals("succeeded", named(statistics, "sync.last.outcome").getValues().getValue().get(0).getDetail());
        assertEquals("seconds", named(statistics, "sync.last.age").getUnit());
    }

    @Test
    void shouldLeaveWhatDidNotHappenWithoutValue() {
        ProviderCallStatistics fresh = new ProviderCallStatistics(PROVIDER, "neutron", null, 0, Map.of(),
                Duration.ZERO, Duration.ZERO, 0, null, null, null, NOW);

        Statistics statistics = ProviderStatisticsMapper.toModel(new ProviderHealthReport(fresh, 0, null, null), HREF);

        for (String name : new String[]{"status", "last_success.age", "last_failure.reason", "token.expires_in",
                "calls.latency.average", "port_releases.oldest.age", "sync.last.outcome"}) {
            assertTrue(named(statistics, name).getValues().getValue().isEmpty(), name);
        }
        assertEquals(BigDecimal.ZERO, named(statistics, "calls.timeout").getValues().getValue().get(0).getDatum());
    }

    @Test
    void shouldNameEveryStatisticOnce() {
        Statistics statistics = ProviderStatisticsMapper.toModel(report(), HREF);

        assertEquals(statistics.getStatistic().size(),
                new HashSet<>(statistics.getStatistic().stream().map(Statistic::getId).toList()).size());
    }
}
