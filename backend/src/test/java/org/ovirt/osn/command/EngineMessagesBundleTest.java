package org.ovirt.osn.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ovirt.osn.audit.MessageTemplates;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngineMessagesBundleTest {

    private static final MessageTemplates BUNDLE = CommandFailedException.templates();

    @ParameterizedTest
    @EnumSource(EngineMessage.class)
    void shouldHaveTextWhenMessageIsAnEnumConstant(EngineMessage message) {
        assertTrue(BUNDLE.has(message.name()), () -> message + " has no text in EngineMessages.properties");
        assertFalse(BUNDLE.render(message.name(), java.util.Map.of()).isBlank(), () -> message + " has blank text");
    }

    @Test
    void shouldHaveAnEnumConstantWhenKeyIsInTheBundle() {
        Set<String> constants = Arrays.stream(EngineMessage.values()).map(Enum::name).collect(Collectors.toSet());
        Set<String> orphans = new TreeSet<>(BUNDLE.keys());
        orphans.removeAll(constants);

        assertEquals(Set.of(), orphans, "keys in EngineMessages.properties without an EngineMessage constant");
    }
}
