package org.ovirt.osn.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class OsnConfigurationTest {

    private static Properties properties(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    @Test
    void shouldPreferSystemPropertyWhenEnvironmentAlsoHasTheKey() {
        OsnConfiguration configuration = new OsnConfiguration(properties("osn.x.y", "from-property"),
                Map.of("OSN_X_Y", "from-environment"));

        assertEquals(Optional.of("from-property"), configuration.get("osn.x.y"));
    }

    @Test
    void shouldReadEnvironmentVariableWhenSystemPropertyAbsent() {
        OsnConfiguration configuration = new OsnConfiguration(new Properties(),
                Map.of("OSN_PROVIDER_READ_TIMEOUT", "45"));

        assertEquals(Optional.of("45"), configuration.get("osn.provider.read.timeout"));
        assertEquals(Duration.ofSeconds(45), configuration.providerReadTimeout());
    }

    @Test
    void shouldIgnoreEnvironmentVariableWhenNameIsNotTheUpperCaseForm() {
        OsnConfiguration configuration = new OsnConfiguration(new Properties(), Map.of("osn.x.y", "lower"));

        assertEquals(Optional.empty(), configuration.get("osn.x.y"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void shouldFallBackToEnvironmentWhenSystemPropertyBlank(String blank) {
        OsnConfiguration configuration = new OsnConfiguration(properties("osn.x.y", blank),
                Map.of("OSN_X_Y", "from-environment"));

        assertEquals(Optional.of("from-environment"), configuration.get("osn.x.y"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void shouldUseDefaultWhenPropertyAndEnvironmentBlank(String blank) {
        OsnConfiguration configuration = new OsnConfiguration(properties("osn.x.y", blank), Map.of("OSN_X_Y", blank));

        assertEquals(Optional.empty(), configuration.get("osn.x.y"));
        assertEquals("default", configuration.get("osn.x.y", "default"));
        assertEquals(7, configuration.getInt("osn.x.y", 7));
    }

    @Test
    void shouldTrimValueWhenItHasSurroundingSpaces() {
        OsnConfiguration configuration = new OsnConfiguration(properties("osn.provider.connect.timeout", " 5 "),
                Map.of());

        assertEquals(Duration.ofSeconds(5), configuration.providerConnectTimeout());
    }

    @Test
    void shouldUseDocumentedTimeoutsWhenNothingConfigured() {
        OsnConfiguration configuration = new OsnConfiguration(new Properties(), Map.of());

        assertEquals(Duration.ofSeconds(20), configuration.providerConnectTimeout());
        assertEquals(Duration.ofSeconds(30), configuration.providerReadTimeout());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ten", "1.5", "30s", "99999999999"})
    void shouldFailNamingTheKeyWhenIntegerSettingIsNotAWholeNumber(String value) {
        OsnConfiguration configuration = new OsnConfiguration(new Properties(),
                Map.of("OSN_PROVIDER_READ_TIMEOUT", value));

        IllegalStateException e = assertThrows(IllegalStateException.class, configuration::providerReadTimeout);

        assertTrue(e.getMessage().contains("osn.provider.read.timeout"), e.getMessage());
        assertTrue(e.getMessage().contains(value), e.getMessage());
    }

    @Test
    void shouldUseConfiguredDataDirectoryWhenSet() {
        OsnConfiguration fromProperty = new OsnConfiguration(properties("osn.data.dir", "/var/lib/osn"), Map.of());
        OsnConfiguration fromEnvironment = new OsnConfiguration(new Properties(), Map.of("OSN_DATA_DIR", "/srv/osn"));

        assertEquals(Path.of("/var/lib/osn"), fromProperty.dataDirectory());
        assertEquals(Path.of("/srv/osn"), fromEnvironment.dataDirectory());
    }

    @Test
    void shouldUseLocalDataDirectoryWhenNotConfiguredOutsideWildFly() {
        assumeTrue(System.getProperty("jboss.server.data.dir") == null, "not running inside WildFly");

        assertEquals(Path.of("ovirt-osn-data"), new OsnConfiguration(new Properties(), Map.of()).dataDirectory());
    }

    @Test
    void shouldUseWildFlyDataDirectoryWhenNotConfiguredInsideWildFly() {
        // dataDirectory() reads WildFly's own property from the JVM, not from the injected properties
        String previous = System.getProperty("jboss.server.data.dir");
        System.setProperty("jboss.server.data.dir", "/opt/wildfly/standalone/data");
        try {
            assertEquals(Path.of("/opt/wildfly/standalone/data", "ovirt-osn"),
                    new OsnConfiguration(new Properties(), Map.of()).dataDirectory());
        } finally {
            if (previous == null) {
                System.clearProperty("jboss.server.data.dir");
            } else {
                System.setProperty("jboss.server.data.dir", previous);
            }
        }
    }
}
