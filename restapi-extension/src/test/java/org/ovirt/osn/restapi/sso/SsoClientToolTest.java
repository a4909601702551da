package org.ovirt.osn.restapi.sso;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SsoClientToolTest {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> environment, String... args) {
        return new SsoClientTool(environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ClientSecretHash(1_000)).run(args);
    }

    private SsoClient registered(String id) throws Exception {
        return SsoClientsFile.in(dataDir).read().clients().get(id);
    }

    @Test
    void shouldRegisterTheSecretOfTheEnvironmentHashedWithEngineSetupsScopes() throws Exception {
        int status = run(Map.of("OSN_SSO_CLIENT_SECRET", "from-the-environment", "OSN_DATA_DIR", dataDir.toString()),
                "register", "ovirt-provider-ovn");

        assertEquals(0, status, err.toString());
        SsoClient client = registered("ovirt-provider-ovn");
        assertTrue(ClientSecretHash.verify(client.secretHash(), "from-the-environment"));
        assertEquals(SsoClientTool.DEFAULT_SCOPE, client.scope().toString());
        assertFalse(out.toString().contains("from-the-environment"), "a given secret is not echoed");
        assertFalse(Files.readString(dataDir.resolve("sso-clients.properties")).contains("from-the-environment"));
    }

    @Test
    void shouldGenerateAndPrintASecretOnceWhenNoneIsGiven() throws Exception {
        int status = run(Map.of(), "register", "ovirt-provider-ovn", "--data-dir", dataDir.toString(),
                "--scope", "ovirt-app-api ovirt-ext=token-info:validate");

        assertEquals(0, status, err.toString());
        String[] lines = out.toString().strip().split("\n");
        String secret = lines[lines.length - 1];
        assertEquals(32, secret.length(), out.toString());
        assertTrue(ClientSecretHash.verify(registered("ovirt-provider-ovn").secretHash(), secret));
        assertEquals("ovirt-app-api ovirt-ext=token-info:validate",
                registered("ovirt-provider-ovn").scope().toString());
    }

    @Test
    void shouldRemoveAClientAndFailForOneThatIsNotThere() throws Exception {
        Map<String, String> environment = Map.of("OSN_SSO_CLIENT_SECRET", "x", "OSN_DATA_DIR", dataDir.toString());
        run(environment, "register", "ovirt-provider-ovn");

        assertEquals(0, run(environment, "remove", "ovirt-provider-ovn"));
        assertEquals(1, run(environment, "remove", "ovirt-provider-ovn"));
        assertTrue(SsoClientsFile.in(dataDir).read().clients().isEmpty());
    }

    @Test
    void shouldListTheClientsWithoutTheirHashes() throws Exception {
        Map<String, String> environment = Map.of("OSN_SSO_CLIENT_SECRET", "x", "OSN_DATA_DIR", dataDir.toString());
        run(environment, "register", "ovirt-provider-ovn");
        out.reset();

        assertEquals(0, run(environment, "list"));

        assertEquals("ovirt-provider-ovn\t" + SsoClientTool.DEFAULT_SCOPE, out.toString().strip());
    }

    @Test
    void shouldRefuseBadUsageWithStatus2() {
        Map<String, String> environment = Map.of("OSN_DATA_DIR", dataDir.toString());

        assertEquals(2, run(environment));
        assertEquals(2, run(environment, "register"));
        assertEquals(2, run(environment, "register", "bad id"));
        assertEquals(2, run(environment, "register", "x", "--secret", "on-the-command-line"));
        assertFalse(Files.exists(dataDir.resolve("sso-clients.properties")));
    }
}
