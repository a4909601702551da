package org.ovirt.osn.engine.standalone;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VdsmNamesTest {

    private static final UUID ID = UUID.fromString("8c1f2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");

    @ParameterizedTest
    @ValueSource(strings = {"ovirtmgmt", "red", "net_1", "a23456789012345"})
    void shouldUseTheNetworkNameWhenItFitsABridgeNameAndIsFree(String name) {
        assertEquals(name, VdsmNames.pick(ID, name, taken -> false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a234567890123456", "private net", "net-1", "réseau", "ext/1"})
    void shouldUseOnAndTheIdWhenTheNameIsTooLongOrHasSpecialCharacters(String name) {
        assertEquals("on8c1f2a3b4d5e4", VdsmNames.pick(ID, name, taken -> false));
    }

    @Test
    void shouldUseOnAndTheIdWhenAnotherNetworkOfTheDataCenterAlreadyHasTheName() {
        assertEquals("on8c1f2a3b4d5e4", VdsmNames.pick(ID, "red", "red"::equals));
    }

    @Test
    void shouldAlwaysFitFifteenCharacters() {
        assertEquals(15, VdsmNames.fromId(UUID.randomUUID()).length());
    }
}
