package org.ovirt.osn.restapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The UI plugin end to end: the browser scenarios of {@code ui-plugin/e2e/run.mjs} in headless Debian Chromium
 * against this deployment and the real Neutron, noauth and behind Keystone (log in, add and test a provider, an
 * unreachable one, discover, import two networks with the progress bar reaching 100 %, edit (a Keystone provider
 * keeps its password), sync a network made on Neutron behind the module's back with a dry run first, the
 * certificates of a TLS stub the run starts on the loopback, a VM's provider ports, the networks' type, MTU and subnet
 * columns, subnets added (IPv4, IPv6) and removed, links from the import dialog and to a second provider, a network
 * created on the provider and removed there again, orphan ports reconciled after a dry run, a Keystone password
 * fixed after a readable failure, a TLS chain trusted from the add dialog, a bulk import followed after its dialog
 * closed, a VM migrated in the Hosts place, remove). The plugin is loaded by the standalone webadmin
 * through its descriptor only. Screenshots of every step land in {@code ui-plugin/target/screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UiPluginE2EIT {

    private static final Path UI_PLUGIN = Path.of(System.getProperty("osn.ui.plugin.dir", "../ui-plugin"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Test
    void shouldPassEveryBrowserScenarioWhenThePluginRunsInTheWebadmin() throws Exception {
        Path script = UI_PLUGIN.resolve("e2e/run.mjs");
        assertTrue(Files.isRegularFile(script), "no e2e script at " + script.toAbsolutePath());
        Path passwordFile = Path.of(System.getProperty("osn.it.data.dir", "target/it-data"), "admin-password");
        ProcessBuilder node = new ProcessBuilder(List.of("node", script.toString(),
                "--base-url", Http.BASE,
                "--password-file", passwordFile.toAbsolutePath().toString(),
                "--neutron-url", System.getProperty("osn.test.neutron.url", "http://127.0.0.1:9696"),
                "--keystone-neutron-url", System.getProperty("osn.test.keystone.neutron.url", "http://127.0.0.1:9697"),
                "--keystone-url", System.getProperty("osn.test.keystone.url", "http://127.0.0.1:5000/v3"),
                "--screenshots", UI_PLUGIN.resolve("target/screenshots").toAbsolutePath().toString()))
                .directory(UI_PLUGIN.toFile())
                .redirectErrorStream(true);
        Process process = node.start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                System.out.println("[e2e] " + line);
                output.append(line).append('\n');
            }
        }
        // every step waits 30 s at most; the whole run takes well under a minute on a quiet machine
        boolean ended = process.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        assertTrue(ended, "the e2e run did not end:\n" + output);
        assertEquals(0, process.exitValue(), "the e2e run failed:\n" + output);
        // the last step: a run that ended early with exit code 0 would not have it
        assertTrue(output.toString().contains("ok   35-no-browser-errors"), output.toString());
    }
}
