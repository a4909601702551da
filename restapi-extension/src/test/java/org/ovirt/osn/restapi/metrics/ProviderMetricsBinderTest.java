package org.ovirt.osn.restapi.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.ovirt.osn.provider.health.ProviderCallKind;
import org.ovirt.osn.provider.health.ProviderCallMeter;
import org.ovirt.osn.provider.health.ProviderHealthRegistry;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderMetricsBinderTest {

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final ProviderHealthRegistry health = new ProviderHealthRegistry(Clock.systemUTC(), Duration.ofSeconds(60),
            change -> { });
    private final ProviderMetricsBinder binder = new ProviderMetricsBinder();

    ProviderMetricsBinderTest() {
        binder.metrics = metrics;
        binder.health = health;
        binder.bindAtStart();
    }

    private static void succeed(ProviderCallMeter meter) {
        meter.attemptEnded(meter.attemptStarted(), ProviderCallKind.SUCCESS);
        meter.callSucceeded();
    }

    @Test
    void shouldReadTheProvidersMeterAtEachScrapeLabelledByProvider() {
        UUID id = UUID.randomUUID();
        ProviderCallMeter meter = health.meterFor(id, "neutron-1");
        FunctionCounter successes = metrics.get("osn.provider.calls")
                .tags("provider", "neutron-1", "provider_id", id.toString(), "kind", "success").functionCounter();

        succeed(meter);
        succeed(meter);

        assertEquals(2, successes.count(), 0.0);
        assertEquals(2, metrics.get("osn.provider.call.duration").tag("provider_id", id.toString()).functionTimer()
                .count(), 0.0);
        assertEquals(1, metrics.get("osn.provider.status").tags("provider_id", id.toString(), "status", "ok")
                .gauge().value(), 0.0);
        assertEquals(0, metrics.get("osn.provider.status").tags("provider_id", id.toString(), "status", "degraded")
                .gauge().value(), 0.0);
    }

    @Test
    void shouldRemoveOnlyTheForgottenProvidersMeters() {
        UUID removed = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        health.meterFor(removed, "removed");
        health.meterFor(kept, "kept");
        int perProvider = metrics.getMeters().size() / 2;

        health.forget(removed);

        assertTrue(metrics.find("osn.provider.calls").tag("provider_id", removed.toString()).meters().isEmpty());
        assertEquals(perProvider, metrics.find("osn.provider.calls").meters().size()
                + metrics.find("osn.provider.call.duration").meters().size()
                + metrics.find("osn.provider.calls.in.flight").meters().size()
                + metrics.find("osn.provider.status").meters().size()
                + metrics.find("osn.provider.token.expires.in.seconds").meters().size()
                + metrics.find("osn.provider.last.success.age.seconds").meters().size());
        assertTrue(metrics.getMeters().stream().allMatch(m -> kept.toString().equals(m.getId().getTag("provider_id"))));
    }
}
