package org.ovirt.osn.restapi.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The key that encrypts provider passwords, rotated with {@code scripts/rotate-secret-key.sh} and the engine
 * restarted, as an admin does it: the stored password of a provider behind the real Keystone still authenticates
 * after the rotation and, once the previous key file is gone, with the new key alone. A wrong or missing key file
 * stops the deployment with a message naming the key and the provider, never garbage later. Runs its own server
 * (port offset {@code it.restart.port.offset} + 1) on an H2 file database.
 */
class SecretKeyRotationIT {

    private static final int PORT_OFFSET = Integer.getInteger("it.restart.port.offset", 700) + 1;
    private static final String ADMIN_PASSWORD = "rotate-" + Long.toHexString(System.nanoTime());
    private static final Path SCRIPT = Path.of("..", "scripts", "rotate-secret-key.sh");

    @Test
    @Timeout(value = 12, unit = TimeUnit.MINUTES)
    void shouldKeepProviderPasswordsAcrossARotationAndStopTheStartWhenTheKeyIsWrongOrMissing() throws Exception {
        Path folder = Files.createTempDirectory(Path.of("target"), "key-rotation-");
        Path keyFile = folder.resolve("osn-secret.key");
        Path previous = folder.resolve("osn-secret.key.previous");
        String name = Http.uniqueName("rotated");
        try (StandaloneServerProcess engine = new StandaloneServerProcess(folder, PORT_OFFSET, ADMIN_PASSWORD,
                List.of("-Dosn.port.reconcile.interval.seconds=0", "-Dosn.sync.interval.seconds=0"))) {
            engine.start();
            Http.Answer added = engine.call("POST", "/openstacknetworkproviders", "<openstack_network_provider><name>"
                    + name + "</name><type>neutron</type><url>" + KeystoneNeutronNetworks.NEUTRON + "</url>"
                    + KeystoneNeutronNetworks.providerAuthXml() + "</openstack_network_provider>");
            assertEquals(201, added.status(), added.body());
            String provider = added.xpath("/*/@id");
            assertAuthenticates(engine, provider, "before the rotation");
            engine.stop();

            ProcessResult rotated = rotate(keyFile);
            assertEquals(0, rotated.exit(), rotated.output());
            assertTrue(Files.exists(previous), rotated.output());
            ProcessResult again = rotate(keyFile);
            assertEquals(1, again.exit(), "a second rotation before a start would lose the key: " + again.output());

            engine.start();
            assertAuthenticates(engine, provider, "after the rotation, with the previous key at hand");
            Http.Answer events = engine.call("GET", "/events?max=50", null);
            assertEquals("1", events.xpath("count(/events/event[code=9390])"), events.body());
            engine.stop();

            Files.delete(previous);
            engine.start();
            assertAuthenticates(engine, provider, "with the new key alone: the password was encrypted again");
            engine.stop();

            Files.writeString(keyFile, randomKey());
            String wrongKey = engine.startExpectingTheDeploymentToFail();
            engine.stop();
            Files.delete(keyFile);
            String missingKey = engine.startExpectingTheDeploymentToFail();
            engine.stop();

            assertAll(
                    () -> assertTrue(wrongKey.contains("1 of 1 stored provider passwords cannot be decrypted"),
                            tail(wrongKey)),
                    () -> assertTrue(wrongKey.contains("Providers: " + name + "."), tail(wrongKey)),
                    () -> assertTrue(missingKey.contains("The key file did not exist: restore it"), tail(missingKey)),
                    () -> assertFalse(Files.exists(keyFile), "no new key is left behind to be mistaken for the old"),
                    () -> assertFalse(Files.readString(folder.resolve("console.log"))
                            .contains(KeystoneNeutronNetworks.PASSWORD), "the provider password is never logged"));
        }
    }

    private static void assertAuthenticates(StandaloneServerProcess engine, String provider, String when) {
        Http.Answer tested = engine.call("POST", "/openstacknetworkproviders/" + provider + "/testconnectivity",
                "<action/>");
        assertEquals(200, tested.status(), when + ": " + tested.body());
        assertEquals("complete", tested.xpath("/action/status"), when + ": " + tested.body());
    }

    private record ProcessResult(int exit, String output) {
    }

    private static ProcessResult rotate(Path keyFile) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", SCRIPT.toString(), "--key-file", keyFile.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the script ends");
        return new ProcessResult(process.exitValue(), output);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        ThreadLocalRandom.current().nextBytes(key);
        return Base64.getEncoder().encodeToString(key) + "\n";
    }

    private static String tail(String log) {
        return log.length() > 4000 ? log.substring(log.length() - 4000) : log;
    }
}
