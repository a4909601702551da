package org.ovirt.osn.provider.neutron;

import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderType;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where the real Neutron and Keystone of {@code scripts/neutron.sh} are, from the system properties {@code osn.test.*}
 * (the build sets them), and names that keep one test run's resources apart from every other's on that shared
 * Neutron.
 */
final class RealNeutron {

    static final String NOAUTH_URL = System.getProperty("osn.test.neutron.url", "http://127.0.0.1:9696");
    static final String KEYSTONE_NEUTRON_URL =
            System.getProperty("osn.test.keystone.neutron.url", "http://127.0.0.1:9697");
    static final String KEYSTONE_URL = System.getProperty("osn.test.keystone.url", "http://127.0.0.1:5000/v3");
    static final String USER = System.getProperty("osn.test.keystone.user", "ovirt");
    static final String PASSWORD = System.getProperty("osn.test.keystone.password", "ovirt-secret");
    static final String PROJECT = System.getProperty("osn.test.keystone.project", "service");
    static final String NOT_RUNNING = " Is the Neutron of scripts/neutron.sh running?"
            + " (NEUTRON_AUTH=noauth|keystone scripts/neutron.sh start)";

    private RealNeutron() {
    }

    static NetworkProvider noauth(String url) {
        return TestProviders.provider(NetworkProviderType.NEUTRON, url).build();
    }

    /** The keystone-mode Neutron with the engine user, Keystone reached at {@code keystoneUrl}. */
    static NetworkProvider keystone(String neutronUrl, String keystoneUrl) {
        return TestProviders.provider(NetworkProviderType.NEUTRON, neutronUrl)
                .keystone(keystoneUrl, USER, PASSWORD).project(PROJECT, "Default").userDomain("Default").build();
    }

    /** A prefix for the names, device ids and owners of one test run. */
    static String runPrefix(String what) {
        return "osn-test-" + what + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A random MAC in Neutron's default fa:16:3e prefix. */
    static String randomMac() {
        int bits = ThreadLocalRandom.current().nextInt(1 << 24);
        return String.format(Locale.ROOT, "fa:16:3e:%02x:%02x:%02x", bits >> 16 & 0xff, bits >> 8 & 0xff, bits & 0xff);
    }

    /** A random private /24 for a subnet; overlapping IPs are allowed on Neutron, so collisions do no harm. */
    static String randomCidr() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(100, 250) + "." + random.nextInt(256) + ".0/24";
    }
}
