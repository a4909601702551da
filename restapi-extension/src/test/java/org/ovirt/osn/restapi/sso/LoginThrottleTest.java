package org.ovirt.osn.restapi.sso;

import org.junit.jupiter.api.Test;
import org.ovirt.osn.config.OsnConfiguration;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();

    private LoginThrottle throttle(int maxFailures, int lockSeconds, int maxLockSeconds) {
        Properties settings = new Properties();
        settings.setProperty("osn.login.max.failures", Integer.toString(maxFailures));
        settings.setProperty("osn.login.lock.seconds", Integer.toString(lockSeconds));
        settings.setProperty("osn.login.lock.max.seconds", Integer.toString(maxLockSeconds));
        return new LoginThrottle(new OsnConfiguration(settings, Map.of()), clock);
    }

    @Test
    void shouldLockANameAfterTheConfiguredFailuresInARowAndUnlockItByItself() {
        LoginThrottle throttle = throttle(3, 60, 900);

        assertEquals(Optional.empty(), throttle.failed("admin@internal"));
        assertEquals(Optional.empty(), throttle.failed("admin@internal"));
        assertEquals(Optional.of(new LoginThrottle.Lock(Duration.ofSeconds(60), 3)), throttle.failed("admin@internal"));
        assertTrue(throttle.lockedUntil("admin@internal").isPresent());
        assertFalse(throttle.lockedUntil("other@internal").isPresent(), "another name is not locked");

        clock.advance(Duration.ofSeconds(59));
        assertTrue(throttle.lockedUntil("admin@internal").isPresent());
        clock.advance(Duration.ofSeconds(1));
        assertFalse(throttle.lockedUntil("admin@internal").isPresent());
    }

    @Test
    void shouldDoubleEachFurtherLockUpToTheMaximum() {
        LoginThrottle throttle = throttle(1, 60, 200);

        assertEquals(Duration.ofSeconds(60), throttle.failed("u@internal").orElseThrow().duration());
        clock.advance(Duration.ofSeconds(60));
        assertEquals(Duration.ofSeconds(120), throttle.failed("u@internal").orElseThrow().duration());
        clock.advance(Duration.ofSeconds(120));
        assertEquals(Duration.ofSeconds(200), throttle.failed("u@internal").orElseThrow().duration());
        clock.advance(Duration.ofSeconds(200));
        assertEquals(Duration.ofSeconds(200), throttle.failed("u@internal").orElseThrow().duration());
    }

    @Test
    void shouldStartAgainFromNoFailuresAfterASuccess() {
        LoginThrottle throttle = throttle(3, 60, 900);
        throttle.failed("u@internal");
        throttle.failed("u@internal");

        throttle.succeeded("u@internal");

        assertEquals(Optional.empty(), throttle.failed("u@internal"));
        assertEquals(Optional.empty(), throttle.failed("u@internal"));
        assertFalse(throttle.lockedUntil("u@internal").isPresent());
        assertEquals(Duration.ofSeconds(60), throttle.failed("u@internal").orElseThrow().duration(),
                "a success also resets the doubling");
    }

    @Test
    void shouldKeepTheNumberOfCountedNamesBounded() {
        LoginThrottle throttle = throttle(5, 60, 900);
        for (int i = 0; i < LoginThrottle.MAX_NAMES + 500; i++) {
            throttle.failed("guess" + i + "@internal");
        }
        throttle.failed("last@internal");

        assertTrue(throttle.failed("last@internal").isEmpty());
    }
}
