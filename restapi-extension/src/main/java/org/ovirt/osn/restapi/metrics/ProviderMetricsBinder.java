package org.ovirt.osn.restapi.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.ovirt.osn.provider.health.ProviderCallKind;
import org.ovirt.osn.provider.health.ProviderCallMeter;
import org.ovirt.osn.provider.health.ProviderHealthRegistry;
import org.ovirt.osn.provider.health.ProviderMeterListener;
import org.ovirt.osn.provider.health.ProviderStatus;
import org.ovirt.osn.provider.health.ProviderTokenNote;

import java.util.concurrent.TimeUnit;

/**
 * Publishes every provider meter as function meters that read it at scrape time, so the call path pays nothing for
 * them: {@code osn_provider_calls_total{kind}}, {@code osn_provider_call_duration_seconds_count/_sum},
 * {@code osn_provider_calls_in_flight}, {@code osn_provider_status{status}} (1 for the current one, else 0),
 * {@code osn_provider_token_expires_in_seconds} and {@code osn_provider_last_success_age_seconds}, each labelled
 * {@code provider} (its name when first measured) and {@code provider_id}; a removed provider's go with it.
 * docs/operations.md lists them.
 *
 * <p>Only the registry's name-and-tags methods are used, never the meter builders' {@code register}: the registry
 * WildFly injects into a deployment ({@code ApplicationRegistry}) forwards those methods to the server's composite
 * registry, which the Prometheus scrape reads, adding the tag {@code WF_DEPLOYMENT}; a builder registers through
 * Micrometer's package-private {@code MeterRegistry.gauge(Meter.Id, ...)} and {@code More.counter(Meter.Id, ...)},
 * which that registry cannot override, so its meters stay in the deployment's own store that nobody scrapes. Hence
 * no descriptions and no base units (the unit is in the name).
 *
 * <p>A startup singleton, so that it listens before the first provider call; the registry calls it on the bean
 * itself, not through the container's lock.
 */
@Singleton
@Startup
public class ProviderMetricsBinder implements ProviderMeterListener {

    static final String PROVIDER_ID = "provider_id";

    @Inject
    MeterRegistry metrics;
    @Inject
    ProviderHealthRegistry health;

    @PostConstruct
    void bindAtStart() {
        health.onEveryMeter(this);
    }

    /** Registering again is harmless: Micrometer hands back the meter it has for that name and labels. */
    @Override
    public void measured(ProviderCallMeter meter) {
        Tags provider = Tags.of("provider", meter.providerName(), PROVIDER_ID, meter.providerId().toString());
        for (ProviderCallKind kind : ProviderCallKind.values()) {
            metrics.more().counter("osn.provider.calls", provider.and("kind", kind.label()), meter,
                    m -> m.attempts(kind));
        }
        metrics.more().timer("osn.provider.call.duration", provider, meter, ProviderMetricsBinder::totalAttempts,
                ProviderCallMeter::totalLatencyNanos, TimeUnit.NANOSECONDS);
        metrics.gauge("osn.provider.calls.in.flight", provider, meter, ProviderCallMeter::inFlight);
        for (ProviderStatus status : ProviderStatus.values()) {
            metrics.gauge("osn.provider.status", provider.and("status", status.value()), meter,
                    m -> m.status() == status ? 1 : 0);
        }
        metrics.gauge("osn.provider.token.expires.in.seconds", provider, meter,
                ProviderMetricsBinder::tokenExpiresInSeconds);
        metrics.gauge("osn.provider.last.success.age.seconds", provider, meter,
                ProviderMetricsBinder::lastSuccessAgeSeconds);
    }

    /** Removal is rare: looking through the deployment's meters for the provider's id is cheap enough. */
    @Override
    public void forgotten(ProviderCallMeter meter) {
        String id = meter.providerId().toString();
        for (Meter published : metrics.getMeters()) {
            if (id.equals(published.getId().getTag(PROVIDER_ID))) {
                metrics.remove(published);
            }
        }
    }

    private static long totalAttempts(ProviderCallMeter meter) {
        long total = 0;
        for (ProviderCallKind kind : ProviderCallKind.values()) {
            total += meter.attempts(kind);
        }
        return total;
    }

    private static double tokenExpiresInSeconds(ProviderCallMeter meter) {
        ProviderTokenNote token = meter.token();
        return token == null ? Double.NaN
                : (token.expiresAt().toEpochMilli() - System.currentTimeMillis()) / 1000.0;
    }

    private static double lastSuccessAgeSeconds(ProviderCallMeter meter) {
        long last = meter.lastSuccessEpochMillis();
        return last == 0 ? Double.NaN : (System.currentTimeMillis() - last) / 1000.0;
    }
}
