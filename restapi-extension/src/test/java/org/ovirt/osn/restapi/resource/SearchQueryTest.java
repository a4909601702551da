package org.ovirt.osn.restapi.resource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.ovirt.osn.provider.NetworkProvider;
import org.ovirt.osn.provider.NetworkProviderType;
import org.ovirt.osn.restapi.mapping.InvalidRepresentationException;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchQueryTest {

    private static NetworkProvider named(String name) {
        return new NetworkProvider(UUID.randomUUID(), name, null, NetworkProviderType.NEUTRON, "http://h", false,
                null, null, null, null, null, null, null, null, false, false, Map.of());
    }

    @Test
    void shouldMatchExactNamesCaseInsensitively() {
        assertTrue(SearchQuery.parse("name=ovn").test(named("OVN")));
        assertFalse(SearchQuery.parse("name=ovn").test(named("ovn2")));
    }

    @Test
    void shouldTreatStarAsWildcardAndEverythingElseLiterally() {
        assertTrue(SearchQuery.parse("name=ov*").test(named("ovirt-provider-ovn")));
        assertFalse(SearchQuery.parse("name=a.c").test(named("abc")));
    }

    @Test
    void shouldMatchEverythingWithoutSearchAndRefuseOtherFields() {
        assertTrue(SearchQuery.parse(null).test(named("x")));
        assertThrows(InvalidRepresentationException.class, () -> SearchQuery.parse("url=x"));
    }

    @Test
    void shouldRefuseASearchLongerThanAnyNameBeforeCompilingIt() {
        InvalidRepresentationException refused = assertThrows(InvalidRepresentationException.class,
                () -> SearchQuery.parse("name=" + "*a".repeat(20_000)));

        assertTrue(refused.getMessage().startsWith("search must be at most 1024 characters"), refused.getMessage());
    }

    @Test
    @Timeout(5)
    void shouldMatchManyWildcardsAgainstALongNameWithoutBacktrackingForEver() {
        assertFalse(SearchQuery.parse("name=" + "*a".repeat(500)).test(named("a".repeat(255) + "b")));
        assertTrue(SearchQuery.parse("name=" + "*a".repeat(100)).test(named("a".repeat(255))));
        assertTrue(SearchQuery.parse("name=*ÉSEAU*").test(named("réseau-1")));
    }
}
