package org.ovirt.osn.restapi.sso;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BasicCredentialsTest {

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldSplitAtTheFirstColonSoASecretMayHoldColons() {
        BasicCredentials credentials = BasicCredentials.parse(basic("ovirt-provider-ovn:a:b:c")).orElseThrow();

        assertEquals("ovirt-provider-ovn", credentials.name());
        assertEquals("a:b:c", credentials.secret());
    }

    @Test
    void shouldReadTheSchemeInAnyCase() {
        assertTrue(BasicCredentials.parse("basic " + basic("u:p").substring(6)).isPresent());
    }

    @Test
    void shouldHaveNoneForAnotherSchemeBadBase64OrNoColon() {
        assertTrue(BasicCredentials.parse(null).isEmpty());
        assertTrue(BasicCredentials.parse("Bearer abc").isEmpty());
        assertTrue(BasicCredentials.parse("Basic %%%").isEmpty());
        assertTrue(BasicCredentials.parse(basic("no-colon")).isEmpty());
    }

    @Test
    void shouldNotPrintTheSecret() {
        assertFalse(BasicCredentials.parse(basic("u:the-s3cret")).orElseThrow().toString().contains("s3cret"));
    }
}
