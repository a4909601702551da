package org.ovirt.osn.provisioning.release;

import org.junit.jupiter.api.Test;
import org.ovirt.osn.config.OsnConfiguration;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortReleaseSettingsTest {

    private static OsnConfiguration config(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new OsnConfiguration(properties, Map.of());
    }

    @Test
    void shouldDoubleTheDelayAfterEachFailureUpToTheMaximumWhenRetrying() {
        PortReleaseSettings settings = ReleaseFixtures.settings();

        assertEquals(Duration.ofSeconds(10), settings.retryDelay(1));
        assertEquals(Duration.ofSeconds(20), settings.retryDelay(2));
        assertEquals(Duration.ofSeconds(40), settings.retryDelay(3));
        assertEquals(Duration.ofSeconds(80), settings.retryDelay(4));
        assertEquals(Duration.ofSeconds(80), settings.retryDelay(5));
        assertEquals(Duration.ofSeconds(80), settings.retryDelay(Integer.MAX_VALUE));
    }

    @Test
    void shouldUseTheDocumentedDefaultsWhenNothingIsConfigured() {
        PortReleaseSettings settings = PortReleaseSettings.from(config());

        assertEquals(Duration.ofSeconds(10), settings.firstRetryDelay());
        assertEquals(Duration.ofMinutes(10), settings.maxRetryDelay());
        assertEquals(Duration.ofSeconds(10), settings.pollInterval());
        assertEquals(Duration.ofMinutes(5), settings.claimDuration());
        assertEquals("oVirt", settings.deviceOwner());
        assertEquals(Duration.ofHours(6), settings.reconcileInterval());
        assertTrue(settings.reconcilesPeriodically());
    }

    @Test
    void shouldReadEverySettingWhenConfigured() {
        PortReleaseSettings settings = PortReleaseSettings.from(config(
                "osn.port.release.first.delay.seconds", "1", "osn.port.release.max.delay.seconds", "4",
                "osn.port.release.poll.seconds", "2", "osn.port.release.claim.seconds", "30",
                "osn.port.device.owner", "engine-b", "osn.port.reconcile.interval.seconds", "0",
                "osn.port.reconcile.grace.seconds", "0"));

        assertEquals(Duration.ofSeconds(1), settings.firstRetryDelay());
        assertEquals(Duration.ofSeconds(4), settings.maxRetryDelay());
        assertEquals(Duration.ofSeconds(2), settings.pollInterval());
        assertEquals(Duration.ofSeconds(30), settings.claimDuration());
        assertEquals("engine-b", settings.deviceOwner());
        assertFalse(settings.reconcilesPeriodically());
        assertEquals(Duration.ZERO, settings.reconcileGrace());
    }

    @Test
    void shouldRefuseToStartWhenThePollIntervalIsZero() {
        assertThrows(IllegalStateException.class,
                () -> PortReleaseSettings.from(config("osn.port.release.poll.seconds", "0")));
    }
}
