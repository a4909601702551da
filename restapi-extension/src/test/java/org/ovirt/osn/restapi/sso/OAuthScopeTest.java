package org.ovirt.osn.restapi.sso;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OAuthScopeTest {

    @Test
    void shouldKeepTheValuesInTheirOrderWithoutDuplicatesWhenParsed() {
        OAuthScope scope = OAuthScope.parse("  ovirt-app-api   ovirt-ext=token-info:validate ovirt-app-api\t");

        assertEquals(List.of("ovirt-app-api", "ovirt-ext=token-info:validate"), List.copyOf(scope.values()));
        assertEquals("ovirt-app-api ovirt-ext=token-info:validate", scope.toString());
    }

    @Test
    void shouldBeEmptyWhenNullOrBlank() {
        assertTrue(OAuthScope.parse(null).isEmpty());
        assertTrue(OAuthScope.parse("   ").isEmpty());
        assertEquals("", OAuthScope.parse(null).toString());
    }

    @Test
    void shouldGrantAValueWhoseThirdPartDiffersAsTheEngineCompares() {
        OAuthScope scope = OAuthScope.parse("ovirt-app-api ovirt-ext=token-info:validate=x");

        assertTrue(scope.grants("ovirt-ext=token-info:validate"));
        assertTrue(scope.grants("ovirt-ext=token-info:validate=y"));
        assertFalse(scope.grants("ovirt-ext=token-info:public-authz-search"));
        assertFalse(scope.grants("ovirt-app"));
    }

    @Test
    void shouldNameWhatARequestedScopeHasBeyondThisOne() {
        OAuthScope granted = OAuthScope.parse("ovirt-app-api ovirt-ext=token-info:validate");

        assertTrue(granted.grantsAll(OAuthScope.parse("ovirt-ext=token-info:validate")));
        assertTrue(granted.grantsAll(OAuthScope.parse("")));
        assertFalse(granted.grantsAll(OAuthScope.parse("ovirt-app-api ovirt-app-admin other")));
        assertEquals("ovirt-app-admin other",
                granted.missingFrom(OAuthScope.parse("ovirt-app-api ovirt-app-admin other")));
    }
}
