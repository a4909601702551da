package org.ovirt.osn.restapi.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SSO token endpoint and the API's authentication, black-box over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthenticationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Test
    void shouldIssueABearerTokenForTheAdminPasswordGrant() {
        Http.Answer answer = Http.login("admin@internal", Http.adminPassword());

        assertEquals(200, answer.status());
        assertTrue(answer.contentType().startsWith("application/json"));
        assertEquals("bearer", answer.json().getString("token_type"));
        assertFalse(answer.json().getString("access_token").isBlank());
        assertTrue(Long.parseLong(answer.json().getString("exp")) > System.currentTimeMillis());
    }

    @Test
    void shouldRefuseAWrongPasswordWithAJsonError() {
        Http.Answer answer = Http.login("admin@internal", "wrong");

        assertEquals(400, answer.status());
        assertEquals("access_denied", answer.json().getString("error_code"));
        assertFalse(answer.body().contains("wrong\""), "the tried password must not be echoed");
    }

    @Test
    void shouldRefuseATokenRequestWithoutTheApiScope() {
        Http.Answer answer = Http.form("/sso/oauth/token", Map.of("grant_type", "password",
                "username", "admin@internal", "password", Http.adminPassword()));

        assertEquals(400, answer.status());
        assertEquals("invalid_scope", answer.json().getString("error_code"));
    }

    @Test
    void shouldAnswer401WithAnXmlFaultWhenNoTokenIsSent() {
        Http.Answer answer = Http.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/api/openstacknetworkproviders"))
                .header("Accept", "application/xml").GET());

        assertEquals(401, answer.status());
        assertTrue(answer.contentType().startsWith("application/xml"), answer.contentType());
        assertEquals("Unauthorized", answer.xpath("/fault/reason"));
        assertTrue(answer.raw().headers().allValues("WWW-Authenticate").stream().anyMatch(v -> v.startsWith("Bearer")));
    }

    @Test
    void shouldAnswer401ForAGarbageToken() {
        Http.Answer answer = Http.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/api/openstacknetworkproviders"))
                .header("Authorization", "Bearer not-a-token").GET());

        assertEquals(401, answer.status());
    }

    @Test
    void shouldAnswer401ForARevokedToken() {
        String token = Http.login("admin@internal", Http.adminPassword()).json().getString("access_token");
        assertEquals(200, get("/api", "Bearer " + token).status());

        Http.form("/services/sso-logout", Map.of("scope", "ovirt-app-api", "token", token));

        assertEquals(401, get("/api", "Bearer " + token).status());
    }

    @Test
    void shouldAcceptBasicCredentialsAndRefuseWrongOnes() {
        String good = Base64.getEncoder().encodeToString(("admin@internal:" + Http.adminPassword())
                .getBytes(StandardCharsets.UTF_8));
        String bad = Base64.getEncoder().encodeToString("admin@internal:nope".getBytes(StandardCharsets.UTF_8));

        assertEquals(200, get("/api", "Basic " + good).status());
        assertEquals(401, get("/api", "Basic " + bad).status());
        assertEquals(401, get("/api", "Basic %%%").status());
    }

    @Test
    void shouldServeTheApiRootForTheSdkValidate() {
        Http.Answer answer = Http.get("", Http.XML);

        assertEquals(200, answer.status());
        assertEquals("/ovirt-engine/api/openstacknetworkproviders",
                answer.xpath("/api/link[@rel='openstacknetworkproviders']/@href"));
    }

    private static Http.Answer get(String path, String authorization) {
        return Http.send(HttpRequest.newBuilder(URI.create(Http.BASE + path))
                .header("Authorization", authorization).GET());
    }
}
