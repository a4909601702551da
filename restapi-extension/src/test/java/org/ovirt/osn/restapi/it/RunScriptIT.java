package org.ovirt.osn.restapi.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The project's {@code ./run}, started as the README tells a newcomer to: the API answers with the generated admin
 * password, SIGTERM stops WildFly cleanly (its log reaches {@code WFLYSRV0050}, no process outlives the stop, nothing
 * had to be killed), and {@code --with-neutron} registers the local Neutron with its demo networks and leaves running
 * the Neutron it found running. Needs the noauth Neutron, which {@code ./test} starts.
 */
class RunScriptIT {

    private static final String CLEAN_STOP = "WFLYSRV0050";
    private static final List<String> DEMO_NETWORKS = List.of("osn-demo-blue", "osn-demo-green");

    private static Path dataFolder(String name) throws IOException {
        return Files.createTempDirectory(Path.of("target").toAbsolutePath(), name + "-");
    }

    /** @param stops how many times ./run has been stopped on this data folder, this stop included */
    private static void assertStoppedCleanly(RunScriptProcess run, int exitCode, ProcessHandle serverJvm, int stops) {
        assertAll("a clean stop on SIGTERM",
                () -> assertEquals(143, exitCode, "./run's exit code after SIGTERM:\n" + run.output()),
                () -> assertEquals(stops, RunScriptProcess.count(CLEAN_STOP, run.serverLog()), "WildFly should log "
                        + CLEAN_STOP + " (stopped) once per stop; its log ends:\n" + tail(run.serverLog())),
                () -> assertEquals(stops, RunScriptProcess.count("WildFly stopped.", run.output()), run.output()),
                () -> assertFalse(run.output().contains("killing it"), run.output()),
                () -> assertFalse(serverJvm.isAlive(), "the server JVM " + serverJvm.pid() + " still runs"),
                () -> assertEquals(List.of(), run.leftOver(), "processes ./run started that outlived it"));
    }

    private static ProcessHandle serverJvmOf(RunScriptProcess run) {
        return run.serverJvm().orElseThrow(() -> new AssertionError("no server JVM among the processes of ./run"));
    }

    private static String tail(String text) {
        return text.substring(Math.max(0, text.length() - 3000));
    }

    private static boolean neutronRuns() throws IOException, InterruptedException {
        ProcessBuilder status = new ProcessBuilder(Path.of("..", "scripts", "neutron.sh").toString(), "status")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        status.environment().put("NEUTRON_AUTH", "noauth");
        Process process = status.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "scripts/neutron.sh status did not answer");
        return process.exitValue() == 0;
    }

    private static String xpath(HttpResponse<String> answer, String expression) {
        return new Http.Answer(answer.statusCode(), "", answer.body(), answer).xpath(expression);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void shouldAnswerWithTheGeneratedPasswordAndStopCleanlyWhenSentSigterm() throws Exception {
        try (RunScriptProcess run = new RunScriptProcess(dataFolder("run-script"))) {
            run.start();
            ProcessHandle serverJvm = serverJvmOf(run);
            assertTrue(run.startedCount() >= 2, "standalone.sh and its JVM should run under ./run");

            HttpResponse<String> root = run.getAsAdmin("");
            assertEquals(200, root.statusCode(), root.body());
            assertEquals(401, run.getAnonymously("").statusCode());
            assertFalse(run.output().contains(run.adminPassword()),
                    "./run's output went to a file, not a terminal: it must not hold the password");

            assertStoppedCleanly(run, run.terminate(), serverJvm, 1);
        }
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void shouldRegisterTheLocalNeutronWithItsDemoNetworksAndLeaveItRunningWhenStartedWithNeutron() throws Exception {
        assertTrue(neutronRuns(), "the noauth Neutron should run (./test starts it)");
        try (RunScriptProcess run = new RunScriptProcess(dataFolder("run-script-neutron"))) {
            // twice on the same data: the second start must find what the first made, not add more
            for (int start = 1; start <= 2; start++) {
                run.start("--with-neutron");
                ProcessHandle serverJvm = serverJvmOf(run);

                HttpResponse<String> providers = run.getAsAdmin("/openstacknetworkproviders");
                assertEquals(200, providers.statusCode(), providers.body());
                assertEquals("1", xpath(providers,
                        "count(//openstack_network_provider[name='local-neutron'])"), providers.body());
                String providerId = xpath(providers, "//openstack_network_provider[name='local-neutron']/@id");
                HttpResponse<String> test = run.postAsAdmin(
                        "/openstacknetworkproviders/" + providerId + "/testconnectivity", "<action/>");
                assertEquals(200, test.statusCode(), test.body());
                assertEquals("complete", xpath(test, "/action/status"), test.body());

                HttpResponse<String> networks = run.getAsAdmin("/openstacknetworkproviders/" + providerId
                        + "/networks");
                assertEquals(200, networks.statusCode(), networks.body());
                for (String demo : DEMO_NETWORKS) {
                    assertEquals(1, RealNeutronNetworks.idsNamed(demo).size(), demo + " on Neutron, start " + start);
                    String networkId = xpath(networks, "//openstack_network[name='" + demo + "']/@id");
                    assertFalse(networkId.isEmpty(), demo + " should be discovered: " + networks.body());
                    HttpResponse<String> subnets = run.getAsAdmin("/openstacknetworkproviders/" + providerId
                            + "/networks/" + networkId + "/subnets");
                    assertEquals("1", xpath(subnets, "count(//openstack_subnet)"), subnets.body());
                }

                assertStoppedCleanly(run, run.terminate(), serverJvm, start);
                assertFalse(run.output().contains("Stopping the local Neutron"), run.output());
                assertTrue(neutronRuns(), "./run must not stop a Neutron it did not start");
            }
        }
    }
}
