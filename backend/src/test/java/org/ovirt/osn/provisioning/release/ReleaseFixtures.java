package org.ovirt.osn.provisioning.release;

import org.ovirt.osn.dal.release.PortReleaseEntity;
import org.ovirt.osn.dal.release.PortReleaseOrigin;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.provider.ProviderPort;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Providers, releases, ports and settings for the release tests. */
final class ReleaseFixtures {

    static final Instant NOW = Instant.parse("2026-11-25T17:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String OWNER = "osn-test-owner";

    private ReleaseFixtures() {
    }

    /** First retry after 10 s, at most 80 s, polls every 5 s, claims for 60 s. */
    static PortReleaseSettings settings() {
        return new PortReleaseSettings(Duration.ofSeconds(10), Duration.ofSeconds(80), Duration.ofSeconds(5),
                Duration.ofSeconds(60), 100, OWNER, Duration.ZERO, Duration.ofSeconds(120));
    }

    static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC);
    }

    static NetworkProvider provider(String url) {
        return new NetworkProvider(UUID.randomUUID(), "neutron-1", null, NetworkProviderType.NEUTRON, url, false,
                null, null, null, null, null, null, null, null, false, false, Map.of());
    }

    static PortReleaseEntity release(UUID providerId, String portId, PortReleaseOrigin origin, int failedAttempts) {
        PortReleaseEntity release = new PortReleaseEntity(UUID.randomUUID(), providerId, portId, UUID.randomUUID(),
                "nic1", "vm1", origin, now());
        setAttempts(release, failedAttempts);
        return release;
    }

    static ProviderPort port(String id, String deviceId) {
        return new ProviderPort(id, "net-1", "fa:16:3e:00:00:01", "nic1", deviceId, OWNER, null, List.of(), null,
                true, List.of(), "DOWN", null, null);
    }

    /** A row as the database hands it back after failures (the entity has no setter: only the DAO counts). */
    private static void setAttempts(PortReleaseEntity release, int attempts) {
        try {
            Field field = PortReleaseEntity.class.getDeclaredField("attempts");
            field.setAccessible(true);
            field.setInt(release, attempts);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
