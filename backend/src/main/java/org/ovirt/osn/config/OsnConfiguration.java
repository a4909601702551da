package org.ovirt.osn.config;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The module's settings. Each key {@code osn.x.y} is read from the system property {@code osn.x.y}, else from the
 * environment variable {@code OSN_X_Y}, else the documented default (README, "Configuration").
 */
@ApplicationScoped
public class OsnConfiguration {

    private final Properties systemProperties;
    private final Map<String, String> environment;

    public OsnConfiguration() {
        this(System.getProperties(), System.getenv());
    }

    public OsnConfiguration(Properties systemProperties, Map<String, String> environment) {
        this.systemProperties = systemProperties;
        this.environment = environment;
    }

    public Optional<String> get(String key) {
        String value = systemProperties.getProperty(key);
        if (value == null || value.isBlank()) {
            value = environment.get(key.replace('.', '_').toUpperCase(Locale.ROOT));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    public int getInt(String key, int defaultValue) {
        return get(key).map(v -> parse(key, v)).orElse(defaultValue);
    }

    public Duration getSeconds(String key, int defaultSeconds) {
        return Duration.ofSeconds(getInt(key, defaultSeconds));
    }

    private static int parse(String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Setting " + key + " must be a whole number, not '" + value + "'", e);
        }
    }

    /**
     * Where the module keeps its files (encryption key, generated admin password, trust store):
     * {@code osn.data.dir}, else {@code ovirt-osn} in WildFly's data directory, else {@code ./ovirt-osn-data}.
     */
    public Path dataDirectory() {
        return get("osn.data.dir").map(Path::of).orElseGet(() -> {
            String serverData = System.getProperty("jboss.server.data.dir");
            return serverData != null ? Path.of(serverData, "ovirt-osn") : Path.of("ovirt-osn-data");
        });
    }

    /** TCP connect timeout for provider calls (engine default 20 s). */
    public Duration providerConnectTimeout() {
        return getSeconds("osn.provider.connect.timeout", 20);
    }

    /**
     * {@code osn.port.device.owner} (default {@code oVirt}, the engine's): the {@code device_owner} of the ports this
     * engine creates for its vNICs. Provisioning looks ports up by it, and the orphan-port reconciler treats every port
     * with this owner whose device id is no vNIC of this engine as an orphan, so engines sharing a provider need owners
     * of their own.
     */
    public String portDeviceOwner() {
        return get("osn.port.device.owner", "oVirt");
    }

    /** Socket read timeout for provider calls (engine default 30 s). */
    public Duration providerReadTimeout() {
        return getSeconds("osn.provider.read.timeout", 30);
    }
}
