package org.ovirt.osn.restapi.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Bearer tokens kept in the database, over HTTP: a logout with the {@code Authorization: Bearer} header ends that
 * token only, and a restart of the node that issued a token ends it (the node drops its own tokens of the earlier run
 * at start), as the engine's restart does. Two starts of a server of its own on one H2 file database, port offset
 * {@code it.restart.port.offset} + 2.
 */
class SsoTokensAcrossRestartIT {

    private static final int PORT_OFFSET = Integer.getInteger("it.restart.port.offset", 700) + 2;
    private static final String PASSWORD = "tokens-" + Long.toHexString(System.nanoTime());

    private static String login(StandaloneServerProcess server) {
        String form = "grant_type=password&scope=ovirt-app-api&username=admin%40internal&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        Http.Answer login = Http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/sso/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", Http.JSON)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(200, login.status(), login.body());
        return login.json().getString("access_token");
    }

    private static int apiStatus(StandaloneServerProcess server, String token) {
        return Http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api"))
                .header("Accept", Http.XML).header("Authorization", "Bearer " + token).GET()).status();
    }

    private static Http.Answer logoutWithBearerHeader(StandaloneServerProcess server, String token) {
        return Http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/services/sso-logout"))
                .header("Accept", Http.JSON).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void shouldEndATokenAtLogoutAndAllTokensOfTheNodeAtItsRestart() throws Exception {
        Path folder = Files.createTempDirectory(Path.of("target"), "tokens-restart-");
        try (StandaloneServerProcess server = new StandaloneServerProcess(folder, PORT_OFFSET, PASSWORD, List.of(
                "-Dosn.node.id=tokens-node", "-Dosn.sync.interval.seconds=0",
                "-Dosn.port.reconcile.interval.seconds=0"))) {
            server.start();
            String loggedOut = login(server);
            String kept = login(server);
            assertEquals(200, apiStatus(server, loggedOut));
            assertEquals(200, apiStatus(server, kept));

            Http.Answer logout = logoutWithBearerHeader(server, loggedOut);

            assertEquals(200, logout.status(), logout.body());
            assertEquals(401, apiStatus(server, loggedOut), "the token of the logout");
            assertEquals(200, apiStatus(server, kept), "another token of the same user");

            server.stop();
            server.start();

            assertEquals(401, apiStatus(server, kept), "a token issued before the restart");
            assertEquals(200, apiStatus(server, login(server)), "a token issued after the restart");
        }
    }
}
