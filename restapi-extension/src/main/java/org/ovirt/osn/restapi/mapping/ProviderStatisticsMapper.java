package org.ovirt.osn.restapi.mapping;

import org.ovirt.osn.provider.health.ProviderCallKind;
import org.ovirt.osn.provider.health.ProviderCallStatistics;
import org.ovirt.osn.query.ProviderHealthReport;
import org.ovirt.osn.restapi.model.OpenStackNetworkProvider;
import org.ovirt.osn.restapi.model.Statistic;
import org.ovirt.osn.restapi.model.StatisticValue;
import org.ovirt.osn.restapi.model.StatisticValues;
import org.ovirt.osn.restapi.model.Statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A provider's {@link ProviderHealthReport} as oVirt's {@code <statistics>}. Each statistic's id is derived from its
 * name, as the engine does for hosts, so it is the same for every provider and across restarts. Ages and times are
 * seconds ({@code decimal}, millisecond precision) with the instant itself in the value's {@code detail}; text
 * (status, reasons) is a {@code string} statistic whose value is in {@code detail}. A statistic of something that did
 * not happen yet (no failure, no token) has no value. docs/operations.md lists them all.
 */
public final class ProviderStatisticsMapper {

    private ProviderStatisticsMapper() {
    }

    private enum Kind { GAUGE, COUNTER }

    private enum Type { INTEGER, DECIMAL, STRING }

    /** @param providerHref {@code /ovirt-engine/api/openstacknetworkproviders/{id}} */
    public static Statistics toModel(ProviderHealthReport report, String providerHref) {
        Statistics statistics = new Statistics();
        Builder add = new Builder(statistics, report.calls().providerId().toString(), providerHref);
        ProviderCallStatistics calls = report.calls();
        Instant now = calls.measuredAt();

        add.text("status", "Status derived from the recent calls (ok, degraded, unreachable, authentication_failed)",
                calls.status() == null ? null : calls.status().value());
        add.number("calls.total", "HTTP calls to the provider and its Keystone since the engine started",
                Kind.COUNTER, Type.INTEGER, "none", BigDecimal.valueOf(calls.totalAttempts()), null);
        add.number("calls.failed", "Calls that failed, of any kind", Kind.COUNTER, Type.INTEGER, "none",
                BigDecimal.valueOf(calls.failedAttempts()), null);
        for (ProviderCallKind kind : ProviderCallKind.values()) {
            add.number("calls." + kind.label(), "Calls that ended as " + kind.label(), Kind.COUNTER, Type.INTEGER,
                    "none", BigDecimal.valueOf(calls.attempts().getOrDefault(kind, 0L)), null);
        }
        add.number("calls.in_flight", "Calls waiting for the provider's answer now", Kind.GAUGE, Type.INTEGER, "none",
                BigDecimal.valueOf(calls.inFlight()), null);
        add.number("calls.latency.total", "Time all calls took together", Kind.COUNTER, Type.DECIMAL, "seconds",
                seconds(calls.totalLatency()), null);
        add.number("calls.latency.average", "Average time of a call", Kind.GAUGE, Type.DECIMAL, "seconds",
                calls.totalAttempts() == 0 ? null : seconds(calls.totalLatency().dividedBy(calls.totalAttempts())),
                null);
        add.number("calls.latency.max", "Longest call", Kind.GAUGE, Type.DECIMAL, "seconds",
                calls.totalAttempts() == 0 ? null : seconds(calls.maxLatency()), null);
        add.age("last_success.age", "Seconds since the last successful call", calls.lastSuccess(), now);
        add.age("last_failure.age", "Seconds since the last failed call",
                calls.lastFailure() == null ? null : calls.lastFailure().at(), now);
        add.text("last_failure.kind", "How the last failed call failed",
                calls.lastFailure() == null ? null : calls.lastFailure().kind().label());
        add.text("last_failure.reason", "Why the last failed call failed",
                calls.lastFailure() == null ? null : calls.lastFailure().reason());
        add.age("token.age", "Seconds since Keystone issued the token in use",
                calls.token() == null ? null : calls.token().issuedAt(), now);
        add.number("token.expires_in", "Seconds until the token in use expires (the instant in detail)",
                Kind.GAUGE, Type.DECIMAL, "seconds",
                calls.token() == null ? null : seconds(Duration.between(now, calls.token().expiresAt())),
                calls.token() == null ? null : calls.token().expiresAt().toString());
        add.number("port_releases.pending", "Ports waiting to be deleted on the provider", Kind.GAUGE, Type.INTEGER,
                "none", BigDecimal.valueOf(report.pendingReleases()), null);
        add.age("port_releases.oldest.age", "Seconds the oldest pending port release has waited",
                report.oldestPendingRelease(), now);
        ProviderHealthReport.LastSync sync = report.lastSync();
        add.age("sync.last.age", "Seconds since the last synchronization ended", sync == null ? null : sync.at(), now);
        add.text("sync.last.outcome", "How the last synchronization ended (succeeded, failed)",
                sync == null ? null : sync.succeeded() ? "succeeded" : "failed");
        add.text("sync.last.message", "What the last synchronization reported", sync == null ? null : sync.message());
        return statistics;
    }

    private static BigDecimal seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis()).divide(BigDecimal.valueOf(1000), 3, RoundingMode.HALF_UP);
    }

    /** The id of a statistic of that name: the same for every provider, as oVirt's. */
    public static String idOf(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private record Builder(Statistics statistics, String providerId, String providerHref) {

        void number(String name, String description, Kind kind, Type type, String unit, BigDecimal datum,
                    String detail) {
            StatisticValue value = null;
            if (datum != null) {
                value = new StatisticValue();
                value.setDatum(datum);
                value.setDetail(detail);
            }
            add(name, description, kind, type, unit, value);
        }

        void age(String name, String description, Instant at, Instant now) {
            number(name, description, Kind.GAUGE, Type.DECIMAL, "seconds",
                    at == null ? null : seconds(Duration.between(at, now)), at == null ? null : at.toString());
        }

        void text(String name, String description, String text) {
            StatisticValue value = null;
            if (text != null) {
                value = new StatisticValue();
                value.setDetail(text);
            }
            add(name, description, Kind.GAUGE, Type.STRING, "none", value);
        }

        private void add(String name, String description, Kind kind, Type type, String unit, StatisticValue value) {
            Statistic statistic = new Statistic();
            statistic.setId(idOf(name));
            statistic.setHref(providerHref + "/statistics/" + statistic.getId());
            statistic.setName(name);
            statistic.setDescription(description);
            statistic.setKind(kind.name().toLowerCase(java.util.Locale.ROOT));
            statistic.setType(type.name().toLowerCase(java.util.Locale.ROOT));
            statistic.setUnit(unit);
            StatisticValues values = new StatisticValues();
            if (value != null) {
                values.getValue().add(value);
            }
            statistic.setValues(values);
            OpenStackNetworkProvider provider = new OpenStackNetworkProvider();
            provider.setId(providerId);
            provider.setHref(providerHref);
            statistic.setOpenstackNetworkProvider(provider);
            statistics.getStatistic().add(statistic);
        }
    }
}
