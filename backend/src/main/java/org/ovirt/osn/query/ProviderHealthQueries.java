package org.ovirt.osn.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.ovirt.osn.audit.AuditLogType;
import org.ovirt.osn.dal.audit.AuditLogDao;
import org.ovirt.osn.dal.audit.AuditLogEntity;
import org.ovirt.osn.dal.release.PortReleaseDao;
import org.ovirt.osn.provider.health.ProviderCallMeter;
import org.ovirt.osn.provider.health.ProviderCallStatistics;
import org.ovirt.osn.provider.health.ProviderHealthRegistry;
import org.ovirt.osn.provider.health.ProviderStatus;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A provider's health for REST: the status derived from this node's calls, and the full report behind
 * {@code /statistics}. Reads the database, never the provider: asking it would be a probe, and a slow one at that.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProviderHealthQueries {

    /** A sync's outcome is one of these; a sync turned off for refused credentials counts as failed. */
    private static final List<Integer> SYNC_OUTCOMES = List.of(AuditLogType.PROVIDER_SYNCHRONIZED.code(),
            AuditLogType.PROVIDER_SYNCHRONIZATION_FAILED.code(),
            AuditLogType.PROVIDER_SYNC_DISABLED_AUTHENTICATION.code());

    private ProviderHealthRegistry registry;
    private PortReleaseDao releases;
    private AuditLogDao auditLog;
    private Clock clock;

    protected ProviderHealthQueries() {
        // for CDI proxies
    }

    @Inject
    public ProviderHealthQueries(ProviderHealthRegistry registry, PortReleaseDao releases, AuditLogDao auditLog) {
        this(registry, releases, auditLog, Clock.systemUTC());
    }

    public ProviderHealthQueries(ProviderHealthRegistry registry, PortReleaseDao releases, AuditLogDao auditLog,
                                 Clock clock) {
        this.registry = registry;
        this.releases = releases;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Empty until this node has made a call to the provider since it started. */
    public Optional<ProviderStatus> status(UUID providerId) {
        return registry.meter(providerId).map(ProviderCallMeter::status);
    }

    /** @param providerName shown when this node has not called the provider yet */
    public ProviderHealthReport report(UUID providerId, String providerName) {
        ProviderCallStatistics calls = registry.meter(providerId).map(ProviderCallMeter::snapshot)
                .orElseGet(() -> new ProviderCallStatistics(providerId, providerName, null, 0, Map.of(),
                        Duration.ZERO, Duration.ZERO, 0, null, null, null, clock.instant()));
        PortReleaseDao.PendingReleases pending = releases.summarizeByProvider(providerId);
        ProviderHealthReport.LastSync lastSync = auditLog.findNewestOfProvider(providerId, SYNC_OUTCOMES)
                .map(ProviderHealthQueries::lastSync).orElse(null);
        return new ProviderHealthReport(calls, pending.count(),
                pending.oldestCreatedAt() == null ? null : pending.oldestCreatedAt().toInstant(), lastSync);
    }

    private static ProviderHealthReport.LastSync lastSync(AuditLogEntity entry) {
        return new ProviderHealthReport.LastSync(entry.getLogTime().toInstant(),
                entry.getEventCode() == AuditLogType.PROVIDER_SYNCHRONIZED.code(), entry.getMessage());
    }
}
